package dev.tideorm.r2dbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlsTest {

    @Test
    void masksPasswordsInUserInfoAndOptions() {
        assertThat(Urls.mask("r2dbc:postgresql://app:s3cret@db:5432/shop?sslMode=require"))
                .isEqualTo("r2dbc:postgresql://app:***@db:5432/shop?sslMode=require");
        assertThat(Urls.mask("r2dbc:postgresql://db/shop?user=app&password=s3cret&x=1"))
                .isEqualTo("r2dbc:postgresql://db/shop?user=app&password=***&x=1");
        assertThat(Urls.mask("r2dbc:postgresql://postgres@127.0.0.1:5432/test"))
                .isEqualTo("r2dbc:postgresql://postgres@127.0.0.1:5432/test");
        assertThat(Urls.mask("r2dbc:h2:mem:///x;DB_CLOSE_DELAY=-1")).isEqualTo("r2dbc:h2:mem:///x;DB_CLOSE_DELAY=-1");
    }

    static Stream<Arguments> urls() {
        return Stream.of(
                // The user info ends at the last '@' that a host follows, whatever the password holds.
                arguments("r2dbc:postgresql://app:p@ss/w;rd?x@127.0.0.1:5432/db",
                        "r2dbc:postgresql://app:***@127.0.0.1:5432/db"),
                arguments("r2dbc:postgresql://app:p@ss/w;rd?x@127.0.0.1:5432/db?sslMode=require&schema=s",
                        "r2dbc:postgresql://app:***@127.0.0.1:5432/db?sslMode=require&schema=s"),
                arguments("r2dbc:pool:postgresql://app:a:b@c@db/shop", "r2dbc:pool:postgresql://app:***@db/shop"),
                arguments("r2dbc:postgresql://app:semi;colon@db", "r2dbc:postgresql://app:***@db"),
                arguments("r2dbc:postgresql://app:slash/and?query@db:5432", "r2dbc:postgresql://app:***@db:5432"),
                arguments("r2dbc:postgresql://app:p%40ss%2Fw%3Brd%3Fx@db/shop", "r2dbc:postgresql://app:***@db/shop"),
                arguments("r2dbc:postgresql://app:@@@[::1]:5432/db", "r2dbc:postgresql://app:***@[::1]:5432/db"),
                arguments("r2dbc:postgresql://app:pw@h1:5432,h2:5433/db",
                        "r2dbc:postgresql://app:***@h1:5432,h2:5433/db"),
                arguments("r2dbc:postgresql://app:has space@db/x", "r2dbc:postgresql://app:***@db/x"),
                // An '@' in a query value: the user info is still the part before the host.
                arguments("r2dbc:postgresql://app:pw@db/shop?applicationName=me@my host",
                        "r2dbc:postgresql://app:***@db/shop?applicationName=me@my host"),
                // ... and when it could be a host, more is masked rather than less.
                arguments("r2dbc:postgresql://app:pw@db/shop?applicationName=me@x", "r2dbc:postgresql://app:***@x"),
                arguments("r2dbc:postgresql://db/shop?applicationName=me@x", "r2dbc:postgresql://db/shop?applicationName=me@x"),
                arguments("r2dbc:postgresql:/app:s3cret@x", "r2dbc:postgresql:/app:***@x"),
                // password options, query and H2 settings, any case, up to the next option
                arguments("r2dbc:postgresql://db/shop?user=app&password=p@ss/w;rd?x&x=1",
                        "r2dbc:postgresql://db/shop?user=app&password=***&x=1"),
                arguments("r2dbc:postgresql://db/shop?Password=s3cret", "r2dbc:postgresql://db/shop?Password=***"),
                arguments("r2dbc:h2:mem:///x;PASSWORD=p@ss/w;rd?x;DB_CLOSE_DELAY=-1",
                        "r2dbc:h2:mem:///x;PASSWORD=***;DB_CLOSE_DELAY=-1"),
                arguments("r2dbc:h2:file:///./db;USER=sa;PASSWORD=a;b;c;X=1", "r2dbc:h2:file:///./db;USER=sa;PASSWORD=***;X=1"),
                arguments("r2dbc:h2:mem://sa:p@ss;w/rd?x@/x;DB_CLOSE_DELAY=-1", "r2dbc:h2:mem://sa:***@/x;DB_CLOSE_DELAY=-1"),
                arguments("r2dbc:postgresql://app:a@b@db/x?password=c", "r2dbc:postgresql://app:***@db/x?password=***"),
                arguments("r2dbc:postgresql://app:a;password=b@db/x?password=c", "r2dbc:postgresql://app:***"),
                // nothing to mask
                arguments("r2dbc:postgresql://postgres@127.0.0.1:5432/test", "r2dbc:postgresql://postgres@127.0.0.1:5432/test"),
                arguments("r2dbc:h2:mem:///x;DB_CLOSE_DELAY=-1", "r2dbc:h2:mem:///x;DB_CLOSE_DELAY=-1"),
                arguments("r2dbc:h2:mem:///x;INIT=a@b", "r2dbc:h2:mem:///x;INIT=a@b"),
                arguments("nonsense", "nonsense"));
    }

    @ParameterizedTest
    @MethodSource
    void urls(String url, String masked) {
        assertThat(Urls.mask(url)).isEqualTo(masked);
    }

    @Test
    void redactsTheUrlAndEveryFormOfThePasswordFromText() {
        String url = "r2dbc:postgresql://app:p%40ss%2Fw%3Brd%3Fx@db/shop";
        List<String> secrets = Urls.secrets(url, Urls.parse(url, Map.of()));
        assertThat(secrets).containsExactlyInAnyOrder("p%40ss%2Fw%3Brd%3Fx", "p@ss/w;rd?x");
        assertThat(Urls.redact("failed for " + url + " with p@ss/w;rd?x and p%40ss%2Fw%3Brd%3Fx", url, secrets))
                .isEqualTo("failed for r2dbc:postgresql://app:***@db/shop with *** and ***");
        // Unencoded, R2DBC reads host "ss" and database "w;rd" out of the password: both are secrets too.
        String raw = "r2dbc:postgresql://app:p@ss/w;rd?x@db/shop";
        assertThat(Urls.secrets(raw, Urls.parse(raw, Map.of())))
                .containsExactlyInAnyOrder("p@ss/w;rd?x", "p", "ss", "w;rd");
        String h2 = "r2dbc:h2:mem:///x;DB_CLOSE_DELAY=-1";
        assertThat(Urls.secrets(h2, Urls.parse(h2, Map.of("password", "given")))).containsExactly("given");
    }

    @Test
    void aMalformedUrlsMessageHoldsNoPassword() {
        assertThatThrownBy(() -> Urls.parse("r2dbc:postgresql://db/shop?user=app&password=p@ss/w;rd?x", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password=***")
                .hasMessageNotContaining("p@ss").hasMessageNotContaining("w;rd");
    }

    @Test
    void poolPrefixIsDroppedAndExtraOptionsWin() {
        ConnectionFactoryOptions o = Urls.parse("r2dbc:pool:postgresql://h/db?schema=a", Map.of("schema", "b"));
        assertThat(o.getValue(ConnectionFactoryOptions.DRIVER)).isEqualTo("postgresql");
        assertThat(o.getValue(ConnectionFactoryOptions.PROTOCOL)).isNull();
        assertThat(o.getValue(io.r2dbc.spi.Option.valueOf("schema"))).isEqualTo("b");
        ConnectionFactoryOptions h2 = Urls.parse("r2dbc:pool:h2:mem:///x", Map.of());
        assertThat(h2.getValue(ConnectionFactoryOptions.DRIVER)).isEqualTo("h2");
        assertThat(h2.getValue(ConnectionFactoryOptions.PROTOCOL)).isEqualTo("mem");
    }
}
