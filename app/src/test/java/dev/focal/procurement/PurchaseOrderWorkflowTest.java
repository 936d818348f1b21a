package dev.focal.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The purchase order workflow, written out: every status against every action, allowed (yes) or refused (-). */
class PurchaseOrderWorkflowTest {

    private static final String TABLE = """
            status             | CHANGE_DELIVERY | CHANGE_LINES | SUBMIT | APPROVE | REJECT | SEND | RECEIVE | CANCEL | CLOSE
            DRAFT              | yes             | yes          | yes    | -       | -      | -    | -       | yes    | -
            SUBMITTED          | -               | -            | -      | yes     | yes    | -    | -       | yes    | -
            APPROVED           | -               | -            | -      | -       | -      | yes  | -       | yes    | -
            SENT               | -               | -            | -      | -       | -      | -    | yes     | yes    | -
            PARTIALLY_RECEIVED | -               | -            | -      | -       | -      | -    | yes     | -      | yes
            RECEIVED           | -               | -            | -      | -       | -      | -    | -       | -      | yes
            CLOSED             | -               | -            | -      | -       | -      | -    | -       | -      | -
            CANCELLED          | -               | -            | -      | -       | -      | -    | -       | -      | -
            """;

    record Cell(PurchaseOrderStatus status, PurchaseOrderAction action) {
    }

    /** (status, action) -> allowed, read from the table above. */
    private static Map<Cell, Boolean> table() {
        List<String[]> rows = TABLE.lines().map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new))
                .toList();
        String[] header = rows.getFirst();
        Map<Cell, Boolean> cells = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            for (int column = 1; column < header.length; column++) {
                assertThat(row[column]).isIn("yes", "-");
                cells.put(new Cell(PurchaseOrderStatus.valueOf(row[0]), PurchaseOrderAction.valueOf(header[column])),
                        row[column].equals("yes"));
            }
        }
        return cells;
    }

    @Test
    void the_table_covers_every_status_and_every_action() {
        var cells = table();

        assertThat(cells).hasSize(PurchaseOrderStatus.values().length * PurchaseOrderAction.values().length);
        assertThat(cells.keySet().stream().map(Cell::status).distinct()).containsExactlyInAnyOrder(PurchaseOrderStatus.values());
        assertThat(cells.keySet().stream().map(Cell::action).distinct()).containsExactlyInAnyOrder(PurchaseOrderAction.values());
    }

    @Test
    void each_action_is_allowed_exactly_from_the_statuses_the_table_says() {
        table().forEach((cell, allowed) -> {
            var status = cell.status();
            var action = cell.action();
            assertThat(PurchaseOrderWorkflow.allows(status, action)).as("%s from %s", action, status).isEqualTo(allowed);
            if (allowed) {
                PurchaseOrderWorkflow.require("PO-2026-0001", status, action);
            } else {
                assertThatThrownBy(() -> PurchaseOrderWorkflow.require("PO-2026-0001", status, action))
                        .as("%s from %s", action, status).isInstanceOf(PurchaseActionRefused.class)
                        .hasMessageContaining("PO-2026-0001");
            }
        });
    }

    @Test
    void finished_orders_allow_nothing_and_open_ones_can_always_be_ended_somehow() {
        for (PurchaseOrderStatus status : PurchaseOrderStatus.values()) {
            var allowed = EnumSet.noneOf(PurchaseOrderAction.class);
            for (PurchaseOrderAction action : PurchaseOrderAction.values()) {
                if (PurchaseOrderWorkflow.allows(status, action)) {
                    allowed.add(action);
                }
            }
            if (status.finished()) {
                assertThat(allowed).as(status.name()).isEmpty();
            } else {
                assertThat(allowed).as(status.name()).containsAnyOf(PurchaseOrderAction.CANCEL, PurchaseOrderAction.CLOSE);
            }
        }
    }

    @Test
    void refusals_say_what_the_order_is_and_what_would_be_needed() {
        assertThat(PurchaseOrderWorkflow.refusal("PO-2026-0007", PurchaseOrderStatus.SENT, PurchaseOrderAction.CHANGE_LINES))
                .isEqualTo("PO-2026-0007 is sent: only a draft allows changing its lines.");
        assertThat(PurchaseOrderWorkflow.refusal("PO-2026-0007", PurchaseOrderStatus.DRAFT, PurchaseOrderAction.APPROVE))
                .isEqualTo("Cannot approve PO-2026-0007: it is draft, not awaiting approval.");
        assertThat(PurchaseOrderWorkflow.refusal("PO-2026-0007", PurchaseOrderStatus.RECEIVED, PurchaseOrderAction.CANCEL))
                .startsWith("Goods were received against PO-2026-0007");
        assertThat(PurchaseOrderWorkflow.refusal("PO-2026-0007", PurchaseOrderStatus.CANCELLED, PurchaseOrderAction.CANCEL))
                .isEqualTo("PO-2026-0007 is cancelled already.");
        assertThat(PurchaseOrderWorkflow.refusal("PO-2026-0007", PurchaseOrderStatus.SENT, PurchaseOrderAction.CLOSE))
                .endsWith("(cancel it if nothing will come).");
    }
}
