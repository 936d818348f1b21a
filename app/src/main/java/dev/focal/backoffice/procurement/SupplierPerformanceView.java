package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.procurement.ProcurementAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.procurement.SupplierPerformance;
import dev.focal.procurement.SupplierPerformanceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * How each supplier delivered over a period: promised against actual lead time, fill rate, on-time rate, late
 * receipt lines and damaged units, from the POs sent in the period that received goods.
 */
@Route(value = "supplier-performance", layout = MainLayout.class)
@PageTitle("Supplier performance")
@Menu(title = "Supplier performance", order = 4, icon = "vaadin:bar-chart")
@MenuArea(Area.PURCHASING)
@AllowedFor(ProcurementAccess.BUYERS)
class SupplierPerformanceView extends VerticalLayout {

    enum Range {
        MONTH("Last 30 days", Period.ofDays(30)), QUARTER("Last 3 months", Period.ofMonths(3)),
        HALF("Last 6 months", Period.ofMonths(6)), YEAR("Last 12 months", Period.ofYears(1)),
        CUSTOM("Since a date", Period.ZERO);

        final String label;
        final Period period;

        Range(String label, Period period) {
            this.label = label;
            this.period = period;
        }
    }

    final Select<Range> range = new Select<>();
    final DatePicker since = new DatePicker("Sent since");
    final Grid<SupplierPerformanceRow> grid = new Grid<>();

    private final SupplierPerformance performance;

    SupplierPerformanceView(SupplierPerformance performance) {
        this.performance = performance;
        range.setLabel("Period");
        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> r.label);
        range.setValue(Range.YEAR);
        since.setMax(LocalDate.now(Formats.ZONE));
        since.setValue(LocalDate.now(Formats.ZONE).minus(Range.YEAR.period));
        since.setReadOnly(true);

        grid.addColumn(r -> r.supplierCode() + " · " + r.supplierName()).setHeader("Supplier").setFlexGrow(2)
                .setSortable(true).setComparator(SupplierPerformanceRow::supplierName);
        grid.addColumn(SupplierPerformanceRow::purchaseOrders).setHeader("POs").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SupplierPerformanceRow::receipts).setHeader("Deliveries").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> days(r.promisedLeadTimeDays())).setHeader("Promised lead time").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> days(r.actualLeadTimeDays())).setHeader("Actual lead time").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> slip(r.leadTimeSlipDays())).setHeader("Slip").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(r -> r.leadTimeSlipDays() == null ? BigDecimal.ZERO : r.leadTimeSlipDays());
        grid.addColumn(r -> rate(r.fillRate())).setHeader("Fill rate").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(r -> r.fillRate() == null ? BigDecimal.ONE : r.fillRate());
        grid.addColumn(r -> rate(r.onTimeRate())).setHeader("On time").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(r -> r.onTimeRate() == null ? BigDecimal.ONE : r.onTimeRate());
        grid.addColumn(SupplierPerformanceRow::lateReceiptLines).setHeader("Late lines").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SupplierPerformanceRow::damagedUnits).setHeader("Damaged units").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText("No supplier has delivered against a PO sent in this period.");

        range.addValueChangeListener(e -> {
            since.setReadOnly(e.getValue() != Range.CUSTOM);
            if (e.getValue() != Range.CUSTOM) {
                since.setValue(LocalDate.now(Formats.ZONE).minus(e.getValue().period));
            }
        });
        since.addValueChangeListener(e -> refresh());

        var explanation = new Paragraph("Lead times in days from sending the PO: promised to each line's expected "
                + "date, actual to the delivery. Fill rate: good units received of those ordered, on finished lines. "
                + "On time: deliveries on or before the expected date.");
        explanation.addClassName("hint");
        var filters = new HorizontalLayout(range, since);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("toolbar");
        setSizeFull();
        add(filters, explanation, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(performance.rows(since.getValue()));
    }

    static String days(@Nullable BigDecimal days) {
        return days == null ? "—" : days.stripTrailingZeros().toPlainString() + " d";
    }

    static String slip(@Nullable BigDecimal days) {
        if (days == null) {
            return "—";
        }
        return (days.signum() > 0 ? "+" : "") + days.stripTrailingZeros().toPlainString() + " d";
    }

    static String rate(@Nullable BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }
}
