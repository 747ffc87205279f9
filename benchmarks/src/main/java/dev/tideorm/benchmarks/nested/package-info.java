/**
 * Issue 8: nested save of seed trees (user + profile + 3 posts x 2 tags + junction rows = 17 rows), TideORM's
 * {@code UserActiveModel.saveAll} against hand-written R2DBC on the same pool, side by side in one JMH run on
 * PostgreSQL and H2 ({@link dev.tideorm.benchmarks.nested.NestedSaveBenchmark}).
 *
 * <p>Statements per batch of N fresh trees, BEGIN and COMMIT included (printed by
 * {@link dev.tideorm.benchmarks.nested.NestedSaveCounts} and once per JMH trial; asserted by
 * {@code NestedSaveEquivalenceTest}), the same on both backends:
 * <table>
 *   <caption>statements per batch</caption>
 *   <tr><th>variant</th><th>N = 1</th><th>N = 10</th><th>N = 100</th></tr>
 *   <tr><td>tideSaveAll (multi-row VALUES per table and level)</td><td>7</td><td>7</td><td>7</td></tr>
 *   <tr><td>rawPerRow, baseline (a)</td><td>19</td><td>172</td><td>1,702</td></tr>
 *   <tr><td>rawUnnest</td><td>7</td><td>7</td><td>7</td></tr>
 *   <tr><td>rawMultiRowValues</td><td>7</td><td>7</td><td>7</td></tr>
 * </table>
 *
 * <p>Reproduce: 12 trials per backend, each 3 x 1 s warm-up and 5 x 2 s measurement plus about 2 s of set-up,
 * so an estimated 3.5 minutes per backend on a quiet 2-core machine (measured: 6 min 10 s with {@code -w 2s} at
 * load average 13):
 * <pre>
 * mvn -B -q install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar 'nested.NestedSaveBenchmark' -p backend=postgres \
 *     -f 1 -wi 3 -w 1s -i 5 -r 2s -rf json -rff target/jmh-nested-postgres.json
 * java -jar benchmarks/target/benchmarks.jar 'nested.NestedSaveBenchmark' -p backend=h2 \
 *     -f 1 -wi 3 -w 1s -i 5 -r 2s -rf json -rff target/jmh-nested-h2.json
 * java -cp benchmarks/target/benchmarks.jar dev.tideorm.benchmarks.nested.NestedSaveCounts
 * </pre>
 * The ratio of issue 8 is each variant's score divided by {@code rawPerRow}'s at the same backend and N.
 */
package dev.tideorm.benchmarks.nested;
