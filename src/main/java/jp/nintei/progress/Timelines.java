package jp.nintei.progress;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The public history as a page shows it, as ${@timelines.of(history)}: one step per state
 * (a new expected date within a state is not a new step), followed by the steps still ahead.
 */
@Component("timelines")
public class Timelines {

    /** Steps reached, oldest first, and the states still to come while the case is open. */
    public record Timeline(List<PublicStatusView> steps, List<PublicState> upcoming) {
    }

    /** The normal course of a case; 取下げ and 却下 end it early and are never "ahead". */
    static final List<PublicState> COURSE = List.copyOf(EnumSet.range(PublicState.RECEIVED, PublicState.NOTIFIED));

    public Timeline of(List<PublicStatusView> history) {
        List<PublicStatusView> steps = new ArrayList<>();
        for (PublicStatusView status : history) {
            if (steps.isEmpty() || steps.get(steps.size() - 1).state() != status.state()) {
                steps.add(status);
            }
        }
        if (steps.isEmpty() || steps.get(steps.size() - 1).isFinal()) {
            return new Timeline(steps, List.of());
        }
        int current = COURSE.indexOf(steps.get(steps.size() - 1).state());
        return new Timeline(steps, COURSE.subList(current + 1, COURSE.size()));
    }
}
