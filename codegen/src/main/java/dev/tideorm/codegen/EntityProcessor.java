package dev.tideorm.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.tideorm.codegen.analyze.EntityAnalyzer;
import dev.tideorm.codegen.analyze.Problem;
import dev.tideorm.codegen.emit.ActiveModelEmitter;
import dev.tideorm.codegen.emit.EmitContext;
import dev.tideorm.codegen.emit.IndexEmitter;
import dev.tideorm.codegen.emit.MetamodelEmitter;
import dev.tideorm.codegen.model.EntityNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * The TideORM annotation processor (SeaORM's {@code DeriveEntityModel}): for each {@code @Entity} record
 * {@code p.X} it generates {@code p.X_} (metamodel) and {@code p.XActiveModel}; for each package with entities a
 * {@code p.TideEntityIndex_} provider; and, when processing is over, the
 * {@code META-INF/services/dev.tideorm.core.meta.EntityProvider} file listing the providers. Invalid entities are
 * reported as compiler errors at the offending element and get a stub, never an exception.
 */
@SupportedAnnotationTypes(EntityProcessor.ENTITY)
public final class EntityProcessor extends AbstractProcessor {
    static final String ENTITY = "dev.tideorm.core.annotation.Entity";
    static final String SERVICE_FILE = "META-INF/services/dev.tideorm.core.meta.EntityProvider";
    static final String INDEX_NAME = "TideEntityIndex_";

    private @Nullable EntityAnalyzer analyzer;
    private @Nullable EmitContext context;
    private final Set<String> deferred = new LinkedHashSet<>();
    private final Set<String> providers = new LinkedHashSet<>();
    private final Set<String> writtenTypes = new HashSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        this.analyzer = new EntityAnalyzer(env);
        boolean generated = env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
        boolean jspecify = env.getElementUtils().getTypeElement("org.jspecify.annotations.Nullable") != null;
        this.context = new EmitContext(generated ? EntityProcessor.class.getName() : null, jspecify);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (round.processingOver()) {
                writeServiceFile();
            } else {
                processRound(round);
            }
        } catch (RuntimeException | LinkageError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            error("TideORM annotation processor failed unexpectedly; please report this with the stack trace:\n"
                    + trace, null);
        }
        return false;
    }

    private void processRound(RoundEnvironment round) {
        TypeElement entityAnnotation = processingEnv.getElementUtils().getTypeElement(ENTITY);
        Set<TypeElement> entities = new LinkedHashSet<>();
        for (String name : deferred) {
            TypeElement t = processingEnv.getElementUtils().getTypeElement(name);
            if (t != null) {
                entities.add(t);
            }
        }
        deferred.clear();
        if (entityAnnotation != null) {
            for (Element e : round.getElementsAnnotatedWith(entityAnnotation)) {
                if (e instanceof TypeElement t) {
                    entities.add(t);
                }
            }
        }
        if (entities.isEmpty()) {
            return;
        }
        analyzer.startRound(entities);
        Map<String, List<EntityAnalyzer.Result>> byPackage = new TreeMap<>();
        for (TypeElement entity : entities) {
            EntityAnalyzer.Result result = analyzer.analyze(entity);
            if (result.deferred()) {
                deferred.add(entity.getQualifiedName().toString());
            } else if (result.model() != null) {
                byPackage.computeIfAbsent(result.names().packageName(), k -> new ArrayList<>()).add(result);
                emitEntity(result);
            } else {
                result.problems().forEach(this::report);
                emitStub(result);
            }
        }
        byPackage.forEach(this::emitIndex);
    }

    private void emitEntity(EntityAnalyzer.Result result) {
        Set<String> packageTypes = packageTypes(result.names().packageName());
        write(new MetamodelEmitter(context).emit(result.model(), result.element(), packageTypes), result.element());
        write(new ActiveModelEmitter(context).emit(result.model(), result.element(), packageTypes), result.element());
    }

    private void emitStub(EntityAnalyzer.Result result) {
        if (!result.stubbable()) {
            return;
        }
        Set<String> packageTypes = packageTypes(result.names().packageName());
        boolean publicType = result.element().getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC);
        write(new MetamodelEmitter(context).stub(result.names(), publicType, result.element(), packageTypes),
                result.element());
        write(new ActiveModelEmitter(context).stub(result.names(), publicType, result.element(), packageTypes),
                result.element());
    }

    private void emitIndex(String packageName, List<EntityAnalyzer.Result> results) {
        String simpleName = INDEX_NAME;
        for (int i = 2; writtenTypes.contains(qualified(packageName, simpleName)); i++) {
            simpleName = INDEX_NAME + i;
        }
        ClassName name = ClassName.get(packageName, simpleName);
        List<EntityAnalyzer.Result> sorted = results.stream()
                .sorted(Comparator.comparing(r -> r.names().type().canonicalName())).toList();
        List<EntityNames> names = sorted.stream().map(EntityAnalyzer.Result::names).toList();
        List<TypeElement> origins = sorted.stream().map(EntityAnalyzer.Result::element).toList();
        if (write(new IndexEmitter(context).emit(name, names, origins, packageTypes(packageName)), origins.get(0))) {
            providers.add(name.reflectionName());
        }
    }

    private boolean write(JavaFile file, Element origin) {
        String name = qualified(file.packageName(), file.typeSpec().name());
        if (!writtenTypes.add(name)) {
            return false;
        }
        try {
            file.writeTo(processingEnv.getFiler());
            return true;
        } catch (IOException e) {
            error("cannot write " + name + ": " + e.getMessage(), origin);
            return false;
        }
    }

    private void writeServiceFile() {
        if (providers.isEmpty()) {
            return;
        }
        Set<String> all = new java.util.TreeSet<>(ServiceFile.read(processingEnv.getFiler(), SERVICE_FILE));
        all.removeIf(name -> processingEnv.getElementUtils().getTypeElement(name) == null);
        all.addAll(providers);
        try {
            ServiceFile.write(processingEnv.getFiler(), SERVICE_FILE, all);
        } catch (IOException e) {
            error("cannot write " + SERVICE_FILE + ": " + e.getMessage(), null);
        }
    }

    private Set<String> packageTypes(String packageName) {
        Set<String> out = new HashSet<>();
        PackageElement pkg = processingEnv.getElementUtils().getPackageElement(packageName);
        if (pkg != null) {
            pkg.getEnclosedElements().forEach(e -> out.add(e.getSimpleName().toString()));
        }
        return out;
    }

    private void report(Problem p) {
        if (p.annotation() != null && p.value() != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, p.message(), p.element(), p.annotation(),
                    p.value());
        } else if (p.annotation() != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, p.message(), p.element(), p.annotation());
        } else {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, p.message(), p.element());
        }
    }

    private void error(String message, @Nullable Element element) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    private static String qualified(String packageName, String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
