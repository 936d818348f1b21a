package dev.focal.backoffice.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Function;

/**
 * One queue of a role's work on the start page: a heading that says how many items wait (in words, not colour), the
 * first few as links to the screen where each is done, and "Show all N" when there are more; an empty queue says so
 * in one line.
 */
final class WorkQueue extends Div {

    /** How many items a queue lists; the rest are behind its "Show all" link. */
    static final int FIRST = 5;

    final H4 title;
    final UnorderedList items = new UnorderedList();

    /**
     * @param count   how many items wait in all
     * @param first   links to the first items (at most {@link #FIRST})
     * @param showAll makes the link to the full list from its text
     * @param empty   the friendly line for an empty queue
     */
    WorkQueue(String heading, long count, List<RouterLink> first, Function<String, RouterLink> showAll, String empty) {
        addClassName("work-queue");
        title = new H4(heading + " (" + count + ")");
        add(title);
        if (count == 0) {
            var none = new Paragraph(empty);
            none.addClassName("work-queue-empty");
            add(none);
            return;
        }
        first.forEach(link -> items.add(new ListItem(link)));
        add(items);
        if (count > first.size()) {
            add(showAll.apply("Show all " + count));
        }
    }
}
