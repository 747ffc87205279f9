package dev.tideorm.r2dbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
