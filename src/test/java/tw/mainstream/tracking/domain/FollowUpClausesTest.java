package tw.mainstream.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpClausesTest {

    @Test
    void sentencesJoinWithoutDoubledPunctuation() {
        assertThat(FollowUpService.clauses(List.of("委員無意見。", "請於下次會議報告。")))
                .isEqualTo("委員無意見；請於下次會議報告。");
        assertThat(FollowUpService.clauses(List.of("賡續列管；", "請加強聯繫"))).isEqualTo("賡續列管；請加強聯繫");
        assertThat(FollowUpService.clauses(List.of("洽悉。"))).isEqualTo("洽悉。");
    }
}
