package org.salestrack.analytics.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewReaderTest {
    private final ReviewReader reader = ReviewReader.standard();

    @Test
    void aNegativeReviewComplainsAboutTheAspectsOfItsNegativeClausesOnly() {
        Reading r = reader.read("拍照效果很棒，但是发热严重，玩一会儿游戏就烫手，很失望");
        assertThat(r.label()).isEqualTo(Reading.Label.NEGATIVE);
        assertThat(r.aspects()).containsExactly("heat", "camera");
        assertThat(r.complaints()).containsExactly("heat");
    }

    @Test
    void aPositiveReviewComplainsAboutNothing() {
        Reading r = reader.read("屏幕显示细腻，亮度很高，很满意，好评！");
        assertThat(r.label()).isEqualTo(Reading.Label.POSITIVE);
        assertThat(r.score()).isGreaterThan(0.9);
        assertThat(r.aspects()).containsExactly("screen");
        assertThat(r.complaints()).isEmpty();
    }

    @Test
    void aNegativeReviewWithOneAspectComplainsAboutIt() {
        Reading r = reader.read("系统更新后手机一直发烫，差评");
        assertThat(r.negative()).isTrue();
        assertThat(r.aspects()).containsExactly("heat", "system");
        assertThat(r.label().id()).isEqualTo("negative");
    }
}
