package org.salestrack.analytics.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AspectLexiconTest {
    private final AspectLexicon lexicon = AspectLexicon.standard();

    @Test
    void theShippedLexiconCoversThePhoneAspectsOfTheIssue() {
        assertThat(lexicon.aspects()).extracting(Aspect::id)
                .contains("battery", "heat", "camera", "screen", "signal", "system", "price", "logistics", "service");
        assertThat(lexicon.aspects()).filteredOn(a -> a.id().equals("heat")).singleElement()
                .satisfies(a -> assertThat(a.nameZh()).isEqualTo("发热"));
    }

    @Test
    void aReviewMentionsTheAspectsWhoseWordsItContainsInLexiconOrder() {
        assertThat(lexicon.find("升级以后发热特别厉害，充电的时候烫手，续航也变差了")).containsExactly("battery", "heat", "system");
        assertThat(lexicon.find("卡顿明显，客服也不理人")).containsExactly("system", "service");
        assertThat(lexicon.find("WIFI 老是断")).containsExactly("signal");
        assertThat(lexicon.find("东西收到了")).isEmpty();
    }

    @Test
    void anAnalystsOwnLexiconReplacesTheShippedOne() {
        AspectLexicon own = AspectLexicon.parse("# mine\n\ncrease\t折痕\tCrease\t折痕 压痕\n");
        assertThat(own.aspects()).hasSize(1);
        assertThat(own.find("折叠屏中间有压痕")).containsExactly("crease");
        assertThat(own.find("发热严重")).isEmpty();
    }

    @Test
    void aMalformedLineIsNamedByNumber() {
        assertThatThrownBy(() -> AspectLexicon.parse("heat\t发热\tOverheating 发热\n"))
                .hasMessageContaining("line 1").hasMessageContaining("found 3 cell(s)");
    }
}
