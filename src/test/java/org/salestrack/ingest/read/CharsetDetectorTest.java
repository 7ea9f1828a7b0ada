package org.salestrack.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
    private static CharsetDetector.Detected detect(byte[] b) {
        return CharsetDetector.detect(b, b.length, true, Charset.forName("windows-1252"));
    }

    @Test
    void aMostlyAsciiGbkFileIsReadAsGb18030NotUtf8() {
        String text = "order_id,sku,qty,amount\n" + "A1,P10,1,5999\n".repeat(200) + "A2,P10,1,5999,广州\n";
        assertThat(detect(text.getBytes(CharsetDetector.GB18030)).charset()).isEqualTo(CharsetDetector.GB18030);
    }

    @Test
    void strictUtf8WinsOverGb18030() {
        assertThat(detect("订单编号,收货省份\n1,广东\n".getBytes(StandardCharsets.UTF_8)).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aBomDecidesAndIsSkipped() {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(detect(b)).isEqualTo(new CharsetDetector.Detected(StandardCharsets.UTF_8, 3));
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0})).isEqualTo(new CharsetDetector.Detected(StandardCharsets.UTF_16LE, 2));
    }

    @Test
    void utf16WithoutABomIsRecognisedByItsZeros() {
        assertThat(detect("receipt,sku,qty\nR1,P10,1\n".getBytes(StandardCharsets.UTF_16LE)).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void neitherUtf8NorGbFallsBackToTheDeclaredCharset() {
        byte[] b = {'M', (byte) 0xFC, 'l', 'l', 'e', 'r', (byte) 0x80, (byte) 0xFF};
        assertThat(detect(b).charset()).isEqualTo(Charset.forName("windows-1252"));
    }
}
