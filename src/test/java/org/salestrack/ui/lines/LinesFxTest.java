package org.salestrack.ui.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salestrack.ui.explore.ExploreFx.row;
import static org.salestrack.ui.explore.ExploreFx.table;
import static org.salestrack.ui.explore.ExploreFx.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.lines.StoredLine;
import org.salestrack.ui.explore.ExploreFixture.Line;
import org.salestrack.ui.explore.ExploreFx;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** Drill-through by the user's gestures: right-click, Ctrl+L, a matrix cell, the dashboard; pages, sort, export. */
@ExtendWith(ApplicationExtension.class)
class LinesFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 6, 30);
    @TempDir
    Path dir;
    ExploreFx app;

    @Start
    void start(Stage stage) throws Exception {
        app = new ExploreFx(dir, stage, 1480, 940);
        app.workbench.state().setRange(FROM, TO);
    }

    private List<Line> lines(Predicate<Line> p) {
        return app.fx.lines.stream().filter(l -> !l.date().isBefore(FROM) && !l.date().isAfter(TO)).filter(p).toList();
    }

    private void openExplorer(FxRobot robot) throws Exception {
        robot.clickOn("#nav-explore");
        waitUntil(() -> table(robot).getRoot() != null && ExploreFx.hasRow(robot, "华南"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<StoredLine> linesTable(FxRobot robot) { return robot.lookup("#lines-table").query(); }

    private static void showLinesFromMenu(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".context-menu .menu-item").match(n -> n.isVisible() && n.lookup(".label") instanceof Label l
                && "Show lines".equals(l.getText())).queryAs(Node.class));
    }

    private static List<String> menuTexts(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".context-menu .menu-item .label").match(Node::isVisible).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private static String summary(List<Line> ls) {
        return String.format(Locale.ENGLISH, "%,d counted lines · %,d units · revenue ¥%,.2f · margin ¥%,.2f", ls.size(),
                ls.stream().mapToLong(Line::qty).sum(), ls.stream().mapToLong(Line::amountE4).sum() / 10000.0,
                ls.stream().mapToLong(Line::marginE4).sum() / 10000.0);
    }

    @Test
    void rightClickOnARowListsItsLinesPagedSortedAndExportable(FxRobot robot) throws Exception {
        openExplorer(robot);
        robot.rightClickOn(row(robot, "华南"));
        showLinesFromMenu(robot);
        List<Line> south = lines(l -> l.region().equals("华南"));
        waitUntil(() -> robot.lookup("#lines-table").tryQuery().isPresent() && !linesTable(robot).getItems().isEmpty());
        assertThat(ExploreFx.text(robot, "#lines-title")).isEqualTo("South China · 2025-01-01 – 2025-06-30");
        waitUntil(() -> ExploreFx.text(robot, "#lines-summary").equals(summary(south)));
        assertThat(south.size()).isGreaterThan(LinesViewModel.PAGE_SIZE);
        assertThat(ExploreFx.text(robot, "#lines-page")).isEqualTo("Page 1 · lines 1–200");
        assertThat(linesTable(robot).getItems()).allMatch(StoredLine::counted);
        robot.clickOn("#lines-next");
        waitUntil(() -> ExploreFx.text(robot, "#lines-page").startsWith("Page 2"));
        assertThat(ExploreFx.text(robot, "#lines-page")).isEqualTo(String.format("Page 2 · lines 201–%d", Math.min(400, south.size())));

        // a header click sorts every line in the store, from the first page
        robot.clickOn(robot.lookup("#lines-table .column-header").match(n -> n.lookup(".label") instanceof Label l && "Amount".equals(l.getText()))
                .queryAs(Node.class));
        waitUntil(() -> ExploreFx.text(robot, "#lines-page").startsWith("Page 1") && linesTable(robot).getItems().get(0).amountE4()
                == south.stream().mapToLong(Line::amountE4).min().orElseThrow());
        robot.clickOn(robot.lookup("#lines-table .column-header").match(n -> n.lookup(".label") instanceof Label l && "Amount".equals(l.getText()))
                .queryAs(Node.class));
        waitUntil(() -> linesTable(robot).getItems().get(0).amountE4() == south.stream().mapToLong(Line::amountE4).max().orElseThrow());
        assertThat(robot.lookup("#lines-table .table-cell").match(LabeledMatchers.hasText("Counted")).tryQuery()).isPresent();
        assertThat(robot.lookup("#lines-table .table-cell").match(LabeledMatchers.hasText("explore-lines.csv")).tryQuery()).isPresent();

        // the whole list, not just the page, goes out: CSV then Excel
        app.dialogs.saveTo = dir.resolve("south.csv");
        robot.clickOn("#lines-export-csv");
        waitUntil(() -> Files.exists(dir.resolve("south.csv")));
        List<String> csv = Files.readAllLines(dir.resolve("south.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(south.size() + 1);
        assertThat(csv.get(0)).startsWith("\uFEFFFile,Row,Sold at");
        long e4 = 0;
        for (String r : csv.subList(1, csv.size())) e4 += new java.math.BigDecimal(r.split(",")[6]).movePointRight(4).longValueExact();
        assertThat(e4).isEqualTo(south.stream().mapToLong(Line::amountE4).sum());
        app.dialogs.saveTo = dir.resolve("south.xlsx");
        robot.clickOn("#lines-export-xlsx");
        waitUntil(() -> Files.exists(dir.resolve("south.xlsx")));
        try (Workbook wb = WorkbookFactory.create(dir.resolve("south.xlsx").toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(south.size());
            double sum = 0;
            for (int r = 1; r <= s.getLastRowNum(); r++) sum += s.getRow(r).getCell(6).getNumericCellValue();
            assertThat(Math.round(sum * 10000)).isEqualTo(south.stream().mapToLong(Line::amountE4).sum());
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(app.dialogs.errors).isEmpty();
    }

    @Test
    void ctrlLOnASelectedRowAndARightClickOnAMatrixCellShowTheirLines(FxRobot robot) throws Exception {
        openExplorer(robot);
        robot.clickOn(row(robot, "华东"));
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#lines-summary").tryQuery().isPresent()
                && ExploreFx.text(robot, "#lines-summary").equals(summary(lines(l -> l.region().equals("华东")))));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#lines-summary").tryQuery().isEmpty());

        Label south = robot.lookup("#explorer-matrix .matrix-row").match(LabeledMatchers.hasText("South China")).query();
        int r = GridPane.getRowIndex(south);
        Node march = robot.lookup("#explorer-matrix .matrix-cell").match(n -> GridPane.getRowIndex(n) == r && GridPane.getColumnIndex(n) == 3).query();
        robot.rightClickOn(march);
        showLinesFromMenu(robot);
        List<Line> expected = app.fx.lines.stream().filter(l -> l.region().equals("华南") && l.date().getYear() == 2025 && l.date().getMonthValue() == 3).toList();
        waitUntil(() -> robot.lookup("#lines-summary").tryQuery().isPresent() && ExploreFx.text(robot, "#lines-summary").equals(summary(expected)));
        assertThat(ExploreFx.text(robot, "#lines-title")).isEqualTo("South China · 2025-03 · 2025-03-01 – 2025-03-31");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void onTheDashboardARankingRowAndAProvinceTileShowTheirLines(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#top-stores .table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).tryQuery().isPresent());
        javafx.scene.control.TableRow<?> top = robot.lookup("#top-stores .table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 0).query();
        String code = ((org.salestrack.model.cube.Cell) top.getItem()).label().split(" ")[0];
        // the rankings sit below the fold of a 940-pixel window (the headless robot's wheel does not reach the page)
        robot.interact(() -> top.getScene().getWindow().setHeight(1190));
        String label = ((org.salestrack.model.cube.Cell) top.getItem()).label();
        robot.rightClickOn(top);
        // one menu: the dashboard's cross-filter items and the drill-through together
        assertThat(menuTexts(robot)).containsExactly("Keep only " + label, "Add " + label + " to the filter", "Exclude " + label, "Show lines");
        showLinesFromMenu(robot);
        waitUntil(() -> robot.lookup("#lines-summary").tryQuery().isPresent()
                && ExploreFx.text(robot, "#lines-summary").equals(summary(lines(l -> l.store().equals(code)))));
        assertThat(app.workbench.state().crumbs()).as("a right click does not drill").isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#lines-summary").tryQuery().isEmpty());

        robot.rightClickOn("#tile-33");
        assertThat(menuTexts(robot)).containsExactly("Keep only Zhejiang", "Add Zhejiang to the filter", "Exclude Zhejiang", "Show lines");
        showLinesFromMenu(robot);
        waitUntil(() -> robot.lookup("#lines-summary").tryQuery().isPresent()
                && ExploreFx.text(robot, "#lines-summary").equals(summary(lines(l -> l.province().equals("浙江")))));
        assertThat(app.workbench.state().crumbs()).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
