/**
 * TideORM inside Spring: {@link dev.tideorm.spring.SpringDatabase} makes a {@code Database} whose statements join
 * Spring-managed reactive transactions ({@code @Transactional}, {@code TransactionalOperator} with an
 * {@code R2dbcTransactionManager}), and {@link dev.tideorm.spring.DbExceptionTranslator} turns TideORM's typed
 * errors into Spring's {@code DataAccessException} family on request. The Boot auto-configuration lives in
 * {@code dev.tideorm.spring.boot}.
 */
@NullMarked
package dev.tideorm.spring;

import org.jspecify.annotations.NullMarked;
