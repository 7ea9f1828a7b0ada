package org.salestrack.analytics.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    @Test
    void aComplaintIsCutIntoItsWords() {
        assertThat(segmenter.words("手机发热严重，玩游戏烫手")).containsExactly("手机", "发热", "严重", "玩", "游戏", "烫", "手");
        assertThat(segmenter.words("屏幕显示细腻，信号稳定")).containsExactly("屏幕", "显示", "细腻", "信号", "稳定");
    }

    @Test
    void punctuationAndSpacesAreDroppedAndLatinLettersLowerCased() {
        assertThat(segmenter.words("WiFi 经常断流！！")).doesNotContain("！", " ", "！！").contains("wifi");
        assertThat(segmenter.words("  ")).isEmpty();
        assertThat(segmenter.words(null)).isEmpty();
    }

    @Test
    void oneSegmenterServesManyTextsInTurn() {
        assertThat(segmenter.words("续航很给力")).containsExactly("续航", "很", "给", "力");
        assertThat(segmenter.words("物流很快")).containsExactly("物流", "很", "快");
    }
}
