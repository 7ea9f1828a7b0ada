package org.salestrack.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesHierarchyTest {
    private static final HierarchyDimension GEOGRAPHY = HierarchyDimension.of("geography", "region", "province");

    @Test
    void treeListsTotalThenRegionsThenProvincesWithTheirSummingMatrix() {
        SeriesHierarchy tree = SeriesHierarchy.tree(GEOGRAPHY, List.of(
                List.of("South", "Guangdong"), List.of("South", "Guangxi"), List.of("North", "Beijing")));

        assertThat(tree.nodes()).extracting(HierarchyNode::key).containsExactly(
                "Total", "geography:South", "geography:North",
                "geography:South/Guangdong", "geography:South/Guangxi", "geography:North/Beijing");
        assertThat(tree.leafCount()).isEqualTo(3);
        assertThat(tree.summingMatrix()).isDeepEqualTo(new double[][] {
                {1, 1, 1}, {1, 1, 0}, {0, 0, 1}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThat(tree.node(0).isTotal()).isTrue();
        assertThat(tree.node(5).leaf()).isTrue();
        assertThat(tree.node(1).leaf()).isFalse();
    }

    @Test
    void crossProductWithChannelYieldsEveryGroupingOfTheLevels() {
        SeriesHierarchy grouped = SeriesHierarchy.of(
                List.of(HierarchyDimension.of("geography", "region"), HierarchyDimension.of("channel", "channel")),
                List.of(LeafKey.of(List.of("A"), List.of("online")), LeafKey.of(List.of("A"), List.of("store")),
                        LeafKey.of(List.of("B"), List.of("online"))));

        assertThat(grouped.nodes()).extracting(HierarchyNode::key).containsExactly(
                "Total", "channel:online", "channel:store", "geography:A", "geography:B",
                "geography:A|channel:online", "geography:A|channel:store", "geography:B|channel:online");
        assertThat(grouped.leavesUnder(grouped.indexOf("channel:online"))).containsExactly(0, 2);
        assertThat(grouped.aggregate(new double[] {1, 2, 4})).containsExactly(7, 5, 2, 3, 4, 1, 2, 4);
    }

    @Test
    void childrenDrillDownOneDimensionAndKeepTheOthers() {
        SeriesHierarchy grouped = SeriesHierarchy.of(List.of(GEOGRAPHY, HierarchyDimension.of("channel", "channel")), List.of(
                LeafKey.of(List.of("S", "GD"), List.of("online")), LeafKey.of(List.of("S", "GX"), List.of("online")),
                LeafKey.of(List.of("S", "GD"), List.of("store")), LeafKey.of(List.of("N", "BJ"), List.of("online"))));

        assertThat(grouped.children(grouped.indexOf("geography:S|channel:online"), 0)).extracting(HierarchyNode::key)
                .containsExactly("geography:S/GD|channel:online", "geography:S/GX|channel:online");
        assertThat(grouped.children(grouped.indexOf("geography:S"), 1)).extracting(HierarchyNode::key)
                .containsExactly("geography:S|channel:online", "geography:S|channel:store");
        assertThat(grouped.children(0, 0)).extracting(HierarchyNode::key).containsExactly("geography:S", "geography:N");
        assertThat(grouped.children(grouped.indexOf("geography:N/BJ|channel:online"), 0)).isEmpty();
    }

    @Test
    void aggregatingHistoryByLeafSumsEveryPeriod() {
        SeriesHierarchy tree = SeriesHierarchy.tree(GEOGRAPHY, List.of(List.of("S", "GD"), List.of("S", "GX"), List.of("N", "BJ")));

        double[][] all = tree.aggregate(new double[][] {{1, 2}, {10, 20}, {100, 200}});

        assertThat(all).isDeepEqualTo(new double[][] {{111, 222}, {11, 22}, {100, 200}, {1, 2}, {10, 20}, {100, 200}});
    }

    @Test
    void aLeafListedTwiceOrWithTheWrongDepthIsRejected() {
        assertThatThrownBy(() -> SeriesHierarchy.tree(GEOGRAPHY, List.of(List.of("S", "GD"), List.of("S", "GD"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> SeriesHierarchy.tree(GEOGRAPHY, List.of(List.of("GD"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path of 2");
    }
}
