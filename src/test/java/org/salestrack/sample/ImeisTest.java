package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImeisTest {
    @Test
    void aKnownImeiPassesTheLuhnCheckAndAlteredOnesFail() {
        assertThat(Imeis.valid("490154203237518")).isTrue();
        assertThat(Imeis.valid("490154203237517")).isFalse();
        assertThat(Imeis.valid("49015420323751")).isFalse();
        assertThat(Imeis.valid("4901542032375180")).isFalse();
        assertThat(Imeis.valid("49015420323751X")).isFalse();
    }

    @Test
    void issuedImeisAreValidAndUnique() {
        Imeis imeis = new Imeis(1234);
        Product p = Catalogue.standard().sku("XH-X6-256");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            String imei = imeis.next(p);
            assertThat(Imeis.valid(imei)).isTrue();
            assertThat(seen.add(imei)).isTrue();
        }
    }
}
