package org.salestrack.model.dealer;

import java.util.List;
import org.salestrack.model.Message;

/**
 * A grade with its reasons in numbers ("A: sales ¥62.3M > ¥50M, growth 18.2% ≥ 15%, ...") and what the
 * dealer lacks for the next grade (empty for A).
 */
public record GradeVerdict(Grade grade, Message why, List<Message> toNext) {
    public GradeVerdict {
        toNext = List.copyOf(toNext);
    }
}
