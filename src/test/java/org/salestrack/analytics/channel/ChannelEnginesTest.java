package org.salestrack.analytics.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.ChannelType;
import org.salestrack.model.Money;
import org.salestrack.model.channel.AgeBandUnits;
import org.salestrack.model.channel.ChannelBoard;
import org.salestrack.model.channel.ChannelCell;
import org.salestrack.model.channel.ChannelLine;
import org.salestrack.model.channel.CustomerMix;
import org.salestrack.model.channel.ShopperGroup;
import org.salestrack.model.cube.Measures;

/** The pure engines on hand-made inputs: the cases the planted workspace does not reach. */
class ChannelEnginesTest {
    private static Measures m(long qty, long yuan, long marginYuan) {
        return new Measures(qty, qty, Money.e4OfWholeYuan(yuan), Money.e4OfWholeYuan(marginYuan));
    }

    @Test
    void theGapIsTakenOnExactSumsAndRatiosWithoutABaseAreNull() {
        // online 3 units for 1,000 (ASP 333.33..), offline 1 unit for 400: 400 / (1000/3) - 1 = 0.2 exactly, not on rounded ASPs
        ChannelBoard b = ChannelComparison.board(List.of(
                new ChannelCell("1", "Tmall", ChannelType.ONLINE, m(3, 1000, 0), Measures.ZERO, m(1, 500, 0)),
                new ChannelCell("2", "直营店", ChannelType.OFFLINE, m(1, 400, 100), m(1, 200, 0), Measures.ZERO)));
        assertThat(b.aspGap()).isCloseTo(0.2, within(1e-12));
        assertThat(b.types()).extracting(r -> r.key()).containsExactly("online", "offline");
        assertThat(b.channels().get(0).growthPrevious()).isNull();
        assertThat(b.channels().get(0).growthLastYear()).isCloseTo(1.0, within(1e-12));
        assertThat(b.channels().get(0).marginRate()).isEqualTo(0.0);
        assertThat(b.channels().get(1).growthLastYear()).isNull();
        assertThat(b.channels().get(1).growthPrevious()).isCloseTo(1.0, within(1e-12));
        assertThat(ChannelComparison.board(List.of(new ChannelCell("1", "Tmall", ChannelType.ONLINE, m(3, 1000, 0), Measures.ZERO, Measures.ZERO)))
                .aspGap()).isNull();
        assertThat(ChannelComparison.board(List.of())).isEqualTo(ChannelBoard.EMPTY);
    }

    @Test
    void anOrderIsOneO2oOrderWhateverItsLinesAndAnOfflinePickupIsNone() {
        CustomerMixer mixer = new CustomerMixer();
        mixer.add(new ChannelLine(7, ChannelType.ONLINE, true, "1:A", 100, 1, Money.e4OfWholeYuan(10), "18-24"));
        mixer.add(new ChannelLine(7, ChannelType.ONLINE, true, "1:A", 100, 2, Money.e4OfWholeYuan(20), "18-24"));
        mixer.add(new ChannelLine(0, ChannelType.ONLINE, true, "1:B", 101, 1, Money.e4OfWholeYuan(5), null));
        mixer.add(new ChannelLine(0, ChannelType.OFFLINE, true, "2:C", 101, 1, Money.e4OfWholeYuan(5), null));
        mixer.add(new ChannelLine(8, ChannelType.OFFLINE, false, null, 102, 1, Money.e4OfWholeYuan(50), "35-44"));
        CustomerMix m = mixer.result();
        assertThat(m.o2oOrders()).isEqualTo(2);
        assertThat(m.o2oUnits()).isEqualTo(4);
        assertThat(m.o2oAmountE4()).isEqualTo(Money.e4OfWholeYuan(35));
        // customer 7: one day, two lines = one purchase, not a repeat
        assertThat(m.onlineOnly()).isEqualTo(new ShopperGroup(1, 1, 0, Money.e4OfWholeYuan(30)));
        assertThat(m.offlineOnly()).isEqualTo(new ShopperGroup(1, 1, 0, Money.e4OfWholeYuan(50)));
        assertThat(m.both()).isEqualTo(ShopperGroup.NONE);
        assertThat(m.both().repeatRate()).isNull();
        assertThat(m.ageBands()).containsExactly(new AgeBandUnits("18-24", 3, 0), new AgeBandUnits("35-44", 0, 1));
    }
}
