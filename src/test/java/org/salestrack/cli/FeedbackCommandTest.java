package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.feedback.SentimentModel;

/** {@code feedback}: a Tmall review export imported through its shipped profile, read and grouped (issue 22, item 8). */
class FeedbackCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String ws() { return tmp.resolve("ws.db").toString(); }

    @BeforeEach
    void importProductsAndFourReviews() throws Exception {
        Path csv = tmp.resolve("reviews.csv");
        Files.writeString(csv, String.join("\n",
                "评价ID,订单编号,宝贝标题,商家编码,评价时间,评分,评价内容",
                "R1,O1,星河 X7 256GB,XH-X7-256,2025-11-04 10:00:00,1,系统更新后手机一直发烫，差评",
                "R2,O2,星河 X7 256GB,XH-X7-256,2025-11-05 11:00:00,5,屏幕显示细腻，亮度很高，很满意，好评！",
                "R3,O3,青春 Y50 128GB,QC-Y50-128,2025-11-12 12:00:00,1,续航太差了，一天要充两次电，很失望，差评！",
                "R4,O4,青春 Y50 128GB,QC-Y50-128,2025-11-13 13:00:00,5,拍照效果很棒，夜景也很清晰，五星好评。") + "\n",
                StandardCharsets.UTF_8);
        CliRunner imp = CliRunner.run("import", "--workspace", ws(), "--json", Path.of("samples/master/products.csv").toString(), csv.toString());
        assertThat(imp.exit).as(imp.err).isZero();
        JsonNode batches = JSON.readTree(imp.out).get("batches");
        assertThat(batches.get(1).get("stored").asLong()).isEqualTo(4);
    }

    @Test
    void reviewsJsonGivesEachReviewsLabelScoreAndAspectsWithExactlyTheContractsKeys() throws Exception {
        CliRunner r = CliRunner.run("feedback", "--workspace", ws(), "--reviews", "--json");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode root = JSON.readTree(r.out);
        assertThat(fieldNames(root)).containsExactly("reviews");
        JsonNode reviews = root.get("reviews");
        assertThat(reviews).hasSize(4);
        assertThat(fieldNames(reviews.get(0))).containsExactly("review_id", "label", "score", "aspects");
        List<String> got = new ArrayList<>();
        for (JsonNode n : reviews) got.add(n.get("review_id").asText() + " " + n.get("label").asText() + " " + n.get("aspects"));
        assertThat(got).containsExactly("R1 negative [\"heat\",\"system\"]", "R2 positive [\"screen\"]", "R3 negative [\"battery\"]",
                "R4 positive [\"camera\"]");
        assertThat(reviews.get(0).get("score").asDouble()).isBetween(0.0, 0.5);
        assertThat(reviews.get(1).get("score").asDouble()).isBetween(0.5, 1.0);
    }

    @Test
    void rowsByModelGiveReviewsNegativesShareAndTopAspects() throws Exception {
        CliRunner r = CliRunner.run("feedback", "--workspace", ws(), "--by", "model", "--json");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode rows = JSON.readTree(r.out).get("rows");
        assertThat(rows).hasSize(2);
        JsonNode x7 = rows.get(0);
        assertThat(fieldNames(x7)).containsExactly("model", "reviews", "negative", "negative_share", "top_aspects");
        assertThat(x7.get("model").asText()).isEqualTo("星河 X7");
        assertThat(x7.get("reviews").asInt()).isEqualTo(2);
        assertThat(x7.get("negative").asInt()).isEqualTo(1);
        assertThat(x7.get("negative_share").asDouble()).isEqualTo(0.5);
        assertThat(x7.get("top_aspects").toString()).isEqualTo("[\"heat\",\"system\"]");
        assertThat(rows.get(1).get("model").asText()).isEqualTo("青春 Y50");
        assertThat(rows.get(1).get("top_aspects").toString()).isEqualTo("[\"battery\"]");
    }

    @Test
    void rowsByAspectAndWeekWithinADateRange() throws Exception {
        CliRunner r = CliRunner.run("feedback", "--workspace", ws(), "--by", "aspect,week", "--from", "2025-11-01", "--to", "2025-11-09", "--json");
        assertThat(r.exit).as(r.err).isZero();
        List<String> got = new ArrayList<>();
        for (JsonNode n : JSON.readTree(r.out).get("rows")) {
            got.add(n.get("aspect").asText() + " " + n.get("week").asText() + " " + n.get("reviews").asInt() + "/" + n.get("negative").asInt());
        }
        assertThat(got).containsExactly("heat 2025-W45 1/1", "screen 2025-W45 1/0", "system 2025-W45 1/1");
    }

    @Test
    void anUnknownDimensionIsRefusedWithTheList() {
        CliRunner r = CliRunner.run("feedback", "--workspace", ws(), "--by", "colour");
        assertThat(r.exit).isNotZero();
        assertThat(r.err).contains("colour").contains("aspect");
    }

    @Test
    void trainingWritesAModelAndPrintsItsHeldOutAccuracy() throws Exception {
        Path neg = tmp.resolve("neg.txt");
        Path pos = tmp.resolve("pos.txt");
        List<String> negative = new ArrayList<>();
        List<String> positive = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            negative.add("质量太差，非常失望" + i);
            positive.add("质量很好，非常满意" + i);
        }
        negative.add(4, negative.get(0)); // a copy of the held-out fifth text: left out of training
        Files.write(neg, negative, StandardCharsets.UTF_8);
        Files.write(pos, positive, StandardCharsets.UTF_8);
        Path model = tmp.resolve("m.tsv.gz");
        CliRunner r = CliRunner.run("feedback", "--train-negative", neg.toString(), "--train-positive", pos.toString(), "--model-out",
                model.toString(), "--min-count", "1");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("trained on 16 texts (smoothing ").contains("1 copies of held-out texts left out), held out 4")
                .contains("accuracy 1.0000").contains("5-fold cross-validated accuracy on the training part");
        try (InputStream in = Files.newInputStream(model)) {
            assertThat(SentimentModel.read(in).features()).isPositive();
        }
    }

    /**
     * Issue 22 item 4: the complaining reviewers' own orders. R1 (X7, negative) was written on Tmall order O1, refunded;
     * R3 (Y50, negative) on O3, paid. The X7 sold O1, O2 and eight more orders, one of them refunded: 2 of 10 orders; the
     * Y50 sold O3 and O4 (paid). The positive reviews' orders do not count; a JD order O1 is another order.
     */
    @Test
    void refundsCompareTheComplainingReviewersOrdersWithAllTheModelsOrders() throws Exception {
        Path orders = tmp.resolve("tmall-orders.csv");
        List<String> lines = new ArrayList<>(List.of("订单编号,付款时间,宝贝标题,商家编码,购买数量,商品价格,实付金额,收货人姓名,联系手机,收货地址,收货省份,收货城市,订单状态"));
        java.util.function.BiFunction<String, String[], String> line = (id, f) -> id + ",2025-10-2" + f[0] + " 10:00:00," + f[1] + ",1,"
                + f[2] + "," + f[2] + ",张三,13800000000,深圳南山路1号,广东省,深圳市," + f[3];
        String[] x7 = {"", "星河 X7 256GB,XH-X7-256", "5999.00", ""};
        String[] y50 = {"", "青春 Y50 128GB,QC-Y50-128", "1999.00", ""};
        lines.add(line.apply("O1", new String[] {"1", x7[1], x7[2], "已退款"}));
        lines.add(line.apply("O2", new String[] {"2", x7[1], x7[2], "交易成功"}));
        for (int k = 5; k <= 12; k++) lines.add(line.apply("O" + k, new String[] {"3", x7[1], x7[2], k == 12 ? "已退款" : "交易成功"}));
        lines.add(line.apply("O13", new String[] {"4", x7[1], x7[2], "交易关闭"}));
        lines.add(line.apply("O3", new String[] {"5", y50[1], y50[2], "交易成功"}));
        lines.add(line.apply("O4", new String[] {"6", y50[1], y50[2], "交易成功"}));
        Files.write(orders, lines, java.nio.charset.Charset.forName("GBK"));
        CliRunner imp = CliRunner.run("import", "--workspace", ws(), orders.toString());
        assertThat(imp.exit).as(imp.err).isZero();

        CliRunner r = CliRunner.run("feedback", "--workspace", ws(), "--refunds", "--json");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode rows = JSON.readTree(r.out).get("refunds");
        assertThat(rows).hasSize(2);
        assertThat(fieldNames(rows.get(0))).containsExactly("model", "negative_reviews", "orders", "refunded", "refund_rate", "model_orders",
                "model_refunded", "model_refund_rate");
        List<String> got = new ArrayList<>();
        for (JsonNode n : rows) {
            got.add(n.get("model").asText() + " " + n.get("negative_reviews").asInt() + " " + n.get("orders").asInt() + "/" + n.get("refunded").asInt()
                    + " " + n.get("refund_rate").asText() + " " + n.get("model_orders").asInt() + "/" + n.get("model_refunded").asInt() + " "
                    + n.get("model_refund_rate").asText());
        }
        assertThat(got).containsExactly("星河 X7 1 1/1 1.0 10/2 0.2", "青春 Y50 1 1/0 0.0 2/0 0.0");
        // the window applies to the model's orders too: none of them before November
        CliRunner window = CliRunner.run("feedback", "--workspace", ws(), "--refunds", "--from", "2025-11-01", "--to", "2025-11-30");
        assertThat(window.out).contains("星河 X7\t1\t1\t1\t1.0000\t0\t0\t\n");
    }

    /**
     * Issue 22 item 4, by province and over the life cycle: R1 (X7, negative) was written on Tmall order O1 shipped to 广东,
     * R3 (Y50, negative) on O3 shipped to 北京; the sales hold no order of R2 and R4. A 测试 Z1 has no launch date in its
     * master and was first sold on 2025-08-20 (shipped to 广东 too): its review R5 of 2025-11-20 is in its fourth month (3).
     * The rows keep the contract's keys, the province named as {@code summary} names it.
     */
    @Test
    void byProvinceAReviewTakesItsOrdersShipToProvinceAndByMonthsSinceLaunchItsModelsAge() throws Exception {
        Path products = tmp.resolve("products-z1.csv");
        Files.writeString(products, "sku,product_name,model,series,category,launch_date,list_price,unit_cost\n"
                + "ZZ-Z1-128,测试 Z1 128GB,测试 Z1,测试,手机,,999.00,600.00\n", StandardCharsets.UTF_8);
        Path orders = tmp.resolve("tmall-orders.csv");
        String head = "订单编号,付款时间,宝贝标题,商家编码,购买数量,商品价格,实付金额,收货人姓名,联系手机,收货地址,收货省份,收货城市,订单状态";
        Files.write(orders, List.of(head,
                "O1,2025-10-21 10:00:00,星河 X7 256GB,XH-X7-256,1,5299.00,5299.00,张三,13800000000,深圳南山路1号,广东省,深圳市,交易成功",
                "O3,2025-10-25 10:00:00,青春 Y50 128GB,QC-Y50-128,1,2199.00,2199.00,李四,13900000000,北京长安街1号,北京,北京市,交易成功",
                "Z0,2025-08-20 10:00:00,测试 Z1 128GB,ZZ-Z1-128,1,999.00,999.00,王五,13700000000,广州天河路1号,广东省,广州市,交易成功",
                "Z5,2025-11-02 10:00:00,测试 Z1 128GB,ZZ-Z1-128,1,999.00,999.00,赵六,13600000000,广州天河路2号,广东省,广州市,交易成功"),
                java.nio.charset.Charset.forName("GBK"));
        Path z1 = tmp.resolve("reviews-z1.csv");
        Files.writeString(z1, "评价ID,订单编号,宝贝标题,商家编码,评价时间,评分,评价内容\n"
                + "R5,Z5,测试 Z1 128GB,ZZ-Z1-128,2025-11-20 10:00:00,1,续航太差了，一天要充两次电，很失望，差评！\n", StandardCharsets.UTF_8);
        CliRunner imp = CliRunner.run("import", "--workspace", ws(), products.toString(), orders.toString(), z1.toString());
        assertThat(imp.exit).as(imp.err).isZero();

        CliRunner r = CliRunner.run("feedback", "--workspace", ws(), "--by", "province", "--json");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode rows = JSON.readTree(r.out).get("rows");
        assertThat(fieldNames(rows.get(0))).containsExactly("province", "reviews", "negative", "negative_share", "top_aspects");
        List<String> got = new ArrayList<>();
        for (JsonNode n : rows) got.add(n.get("province").asText() + " " + n.get("reviews").asInt() + "/" + n.get("negative").asInt() + " " + n.get("top_aspects"));
        // by code: no province first, then 北京 (11) and 广东 (44)
        assertThat(got).containsExactly(" 2/0 []", "北京 1/1 [\"battery\"]", "广东 2/2 [\"battery\",\"heat\",\"system\"]");

        CliRunner life = CliRunner.run("feedback", "--workspace", ws(), "--by", "months_since_launch", "--json");
        assertThat(life.exit).as(life.err).isZero();
        List<String> ages = new ArrayList<>();
        for (JsonNode n : JSON.readTree(life.out).get("rows")) ages.add(n.get("months_since_launch").asText() + " " + n.get("reviews").asInt() + "/" + n.get("negative").asInt());
        // X7 launched 2025-09-24 (master): R1, R2 in November, month 2; Y50 2025-05-15: R3, R4 month 6; Z1 first sold in August: R5 month 3
        assertThat(ages).containsExactly("2 2/1", "3 1/1", "6 2/1");
    }

    /** --evaluate measures the shipped model on labelled reviews: here two plain ones and a category it is told to skip. */
    @Test
    void evaluateMeasuresTheShippedModelOnLabelledReviews() throws Exception {
        Path csv = tmp.resolve("labelled.csv");
        Files.writeString(csv, "cat,label,review\n手机,1,屏幕很清晰，运行流畅，满意\n平板,0,系统更新后卡顿明显，很失望\n"
                + "手机,1,系统更新后卡顿明显，很失望\n书籍,1,系统更新后卡顿明显，很失望\n", StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("feedback", "--evaluate", csv.toString(), "--categories", "手机,平板");
        assertThat(r.exit).as(r.err).isZero();
        // the third is labelled positive but reads negative: 2 of 3
        assertThat(r.out).contains("3 labelled reviews (2 positive): accuracy 0.6667");
        Path tsv = tmp.resolve("labelled.tsv");
        Files.writeString(tsv, "negative\t系统更新后卡顿明显，很失望\npositive\t屏幕很清晰，运行流畅，满意\n", StandardCharsets.UTF_8);
        assertThat(CliRunner.run("feedback", "--evaluate", tsv.toString()).out).contains("2 labelled reviews (1 positive): accuracy 1.0000");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /**
     * {@code --keywords} (issue 22 item 2) on the committed sample reviews of 2025-W45 and W46 (the two weeks after the
     * 星河 X7 update), each model against every review of the fortnight: X7's first keyword is its heat words, used by
     * the 9 + 14 planted complaints and a couple more; the rows of the contract keep exactly their keys.
     */
    @Test
    void keywordsOfTheFortnightAfterTheUpdatePutTheX7HeatWordsFirst() throws Exception {
        String ws = tmp.resolve("samples.db").toString();
        CliRunner imp = CliRunner.run("import", "--workspace", ws, "samples/master/products.csv", "samples/feedback/reviews-tmall-2024-2025.csv",
                "samples/feedback/reviews-jd-2024-2025.xlsx");
        assertThat(imp.exit).as(imp.err).isZero();
        CliRunner r = CliRunner.run("feedback", "--workspace", ws, "--keywords", "--from", "2025-11-03", "--to", "2025-11-16", "--top", "5",
                "--json");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode root = JSON.readTree(r.out);
        assertThat(fieldNames(root)).containsExactly("keywords");
        JsonNode x7 = null;
        for (JsonNode g : root.get("keywords")) {
            assertThat(fieldNames(g)).containsExactly("model", "reviews", "words");
            if (g.get("model").asText().equals("星河 X7")) x7 = g;
        }
        assertThat(x7).isNotNull();
        JsonNode first = x7.get("words").get(0);
        assertThat(fieldNames(first)).containsExactly("word", "aspect", "reviews", "all", "score");
        assertThat(first.get("aspect").asText()).isEqualTo("heat");
        assertThat(first.get("word").asText()).contains("发热").contains("发烫");
        assertThat(first.get("reviews").asInt()).isGreaterThanOrEqualTo(9 + 14);
        assertThat(x7.get("words").get(1).get("score").asDouble()).isLessThan(first.get("score").asDouble());
        CliRunner rows = CliRunner.run("feedback", "--workspace", ws, "--by", "model", "--json");
        assertThat(fieldNames(JSON.readTree(rows.out).get("rows").get(0))).containsExactly("model", "reviews", "negative", "negative_share",
                "top_aspects");
    }
}
