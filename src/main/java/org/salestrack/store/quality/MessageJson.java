package org.salestrack.store.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Message;

/**
 * A message's arguments as stored in {@code validation_issue.why_args}: a JSON array whose elements are
 * strings, or {@code {"key": ..., "args": [...]}} for a nested message. {@code quarantine.reason_args} is stored
 * the same way.
 */
public final class MessageJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageJson() {}

    public static String args(Message m) {
        try {
            return JSON.writeValueAsString(array(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the arguments of " + m.key(), e);
        }
    }

    /** The message, or null when there is no key or the arguments do not read (the screen then shows why). */
    public static Message read(String key, String args) {
        if (key == null) return null;
        try {
            JsonNode node = args == null ? JSON.createArrayNode() : JSON.readTree(args);
            return message(key, node);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static ArrayNode array(Message m) {
        ArrayNode a = JSON.createArrayNode();
        for (Object arg : m.args()) {
            if (arg instanceof Message nested) {
                ObjectNode o = a.addObject();
                o.put("key", nested.key());
                o.set("args", array(nested));
            } else {
                a.add((String) arg);
            }
        }
        return a;
    }

    private static Message message(String key, JsonNode args) {
        if (!args.isArray()) throw new IllegalArgumentException("arguments are not an array");
        List<Object> list = new ArrayList<>(args.size());
        for (JsonNode n : args) {
            if (n.isObject()) list.add(message(n.path("key").asText(), n.path("args")));
            else list.add(n.asText());
        }
        return new Message(key, list);
    }
}
