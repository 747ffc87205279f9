/**
 * Issue 9: loading M random users with profile, posts and tags on PostgreSQL, TideORM's smart loader against
 * hand-written R2DBC on the same pool, side by side in one JMH run
 * ({@link dev.tideorm.benchmarks.loader.LoaderBenchmark}; 2,000 seed trees, user + profile + 3 posts x 2 tags).
 *
 * <p>Queries per load (printed by {@link dev.tideorm.benchmarks.loader.LoaderCounts} and once per JMH trial;
 * asserted by {@code LoaderEquivalenceTest}, which also checks that the three variants build equal graphs):
 * <table>
 *   <caption>queries per load</caption>
 *   <tr><th>variant</th><th>M = 1</th><th>M = 100</th><th>M = 1,000</th></tr>
 *   <tr><td>tide ({@code User_.find().filter(User_.ID.anyOf(ids)).with(User_.PROFILE)
 *       .with(User_.POSTS, Post_.TAGS).all(db)})</td><td>3</td><td>3</td><td>3</td></tr>
 *   <tr><td>rawBatched, baseline (g)</td><td>3</td><td>3</td><td>3</td></tr>
 *   <tr><td>rawNPlusOne (pipelined on one connection)</td><td>6</td><td>501</td><td>5,001</td></tr>
 * </table>
 *
 * <p>Reproduce: 9 trials, each 3 x 1 s warm-up and 5 x 2 s measurement plus a few seconds of set-up (seeding,
 * one counted run of each variant), so an estimated 2.5 minutes on a quiet 2-core machine (measured: 4 min 45 s with
 * {@code -w 2s} at load average 13):
 * <pre>
 * mvn -B -q install -DskipTests
 * java -jar benchmarks/target/benchmarks.jar 'loader.LoaderBenchmark' \
 *     -f 1 -wi 3 -w 1s -i 5 -r 2s -rf json -rff target/jmh-loader.json
 * java -cp benchmarks/target/benchmarks.jar dev.tideorm.benchmarks.loader.LoaderCounts
 * </pre>
 * The ratio of issue 9 is each variant's score divided by {@code rawBatched}'s at the same M.
 */
package dev.tideorm.benchmarks.loader;
