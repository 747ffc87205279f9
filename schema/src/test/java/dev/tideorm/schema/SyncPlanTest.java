package dev.tideorm.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.schema.diff.SkippedDifference;
import dev.tideorm.schema.model.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncPlanTest {

    @Test
    void aLineBreakInANameCannotEndTheSkippedCommentOfTheScript() {
        SyncPlan plan = new SyncPlan(List.of(), List.of("SELECT 1"),
                List.of(new SkippedDifference.ExtraTable(TableName.of("a\r\nDROP TABLE b;\rc"))));
        assertThat(plan.toSqlScript()).isEqualTo("SELECT 1;\n"
                + "-- skipped: table a DROP TABLE b; c exists but no entity maps it (tables are never dropped)\n");
    }
}
