package org.salestrack.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams a JSON array of objects or JSON lines as a table: the first row is the header (the keys of
 * the first objects, nested keys joined with dots), then one row per object.
 */
public final class JsonTableReader implements TableReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HEADER_LOOKAHEAD = 200;

    private final JsonParser parser;
    private final CsvTableReader.CountingSource counter;
    private final boolean array;
    private final Deque<JsonNode> buffered = new ArrayDeque<>();
    private List<String> keys;
    private int record;
    private int rowNumber;

    public JsonTableReader(InputStream in, CsvTableReader.CountingSource counter) throws IOException {
        this.parser = JSON.getFactory().createParser(in);
        this.counter = counter;
        JsonToken first = parser.nextToken();
        if (first == null) throw new IOException("the file is empty");
        if (first == JsonToken.START_ARRAY) {
            array = true;
        } else if (first == JsonToken.START_OBJECT) {
            array = false;
            buffered.add(JSON.readTree(parser));
        } else {
            throw new IOException("JSON must be an array of objects or one object per line");
        }
    }

    @Override
    public List<String> next() throws IOException {
        if (keys == null) {
            Set<String> k = new LinkedHashSet<>();
            while (buffered.size() < HEADER_LOOKAHEAD) {
                JsonNode n = read();
                if (n == null) break;
                buffered.add(n);
            }
            for (JsonNode n : buffered) flatten(n, "", k, null);
            keys = new ArrayList<>(k);
            rowNumber = 0;
            return keys;
        }
        JsonNode n = buffered.isEmpty() ? read() : buffered.poll();
        if (n == null) return null;
        record++;
        rowNumber = record;
        Map<String, String> values = new java.util.HashMap<>();
        flatten(n, "", null, values);
        List<String> row = new ArrayList<>(keys.size());
        for (String key : keys) row.add(values.getOrDefault(key, ""));
        return row;
    }

    private JsonNode read() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null || (array && t == JsonToken.END_ARRAY)) return null;
        if (t != JsonToken.START_OBJECT) {
            throw new IOException("record " + (record + buffered.size() + 1) + " is not a JSON object");
        }
        return JSON.readTree(parser);
    }

    private static void flatten(JsonNode n, String prefix, Set<String> keys, Map<String, String> values) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(v, key + ".", keys, values);
            } else {
                if (keys != null) keys.add(key);
                if (values != null) values.put(key, v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
            }
        }
    }

    /** The record number (1-based) of the object last returned; 0 for the header. */
    @Override
    public int rowNumber() { return rowNumber; }

    @Override
    public long position() { return counter == null ? -1 : counter.consumed(); }

    @Override
    public long size() { return counter == null ? -1 : counter.total(); }

    @Override
    public void close() throws IOException { parser.close(); }
}
