package dev.focal.backoffice.admin;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.shared.Roles;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditEntryView;
import dev.focal.audit.AuditFilter;
import dev.focal.audit.AuditLog;

/** Admins search the append-only audit trail by person, action, text and date range. */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit trail")
@Menu(title = "Audit trail", order = 2, icon = "vaadin:records")
@MenuArea(Area.ADMIN)
@AllowedFor(Roles.ADMINS_ONLY)
class AuditTrailView extends VerticalLayout {

    final Grid<AuditEntryView> grid = new Grid<>();
    final TextField actor = new TextField();
    final ComboBox<AuditAction> action = new ComboBox<>();
    final TextField text = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private AuditFilter filter = AuditFilter.all();

    AuditTrailView(AuditLog audit) {
        actor.setPlaceholder("Who (username or e-mail)");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setPlaceholder("Any action");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        text.setPlaceholder("Text in details, record or address");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        from.setPlaceholder("From");
        from.setClearButtonVisible(true);
        to.setPlaceholder("To (inclusive)");
        to.setClearButtonVisible(true);

        grid.addColumn(e -> Formats.dateTimeSeconds(e.occurredAt())).setHeader("When").setSortProperty("occurredAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntryView::actor).setHeader("Who").setSortProperty("actor").setAutoWidth(true);
        grid.addColumn(e -> e.action().label()).setHeader("What").setAutoWidth(true);
        grid.addColumn(e -> e.targetType() == null ? "" : e.targetType() + " " + (e.targetId() == null ? "" : e.targetId()))
                .setHeader("Record").setAutoWidth(true);
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader("Details").setFlexGrow(1);
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setHeader("From").setAutoWidth(true);
        grid.addColumn(e -> e.correlationId() == null ? "" : e.correlationId()).setHeader("Request").setAutoWidth(true);
        grid.setItemsPageable(pageable -> audit.find(filter, pageable).getContent());

        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        var toolbar = new HorizontalLayout(actor, action, text, from, to);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.addClassName("toolbar");
        setSizeFull();
        add(toolbar, grid);
    }

    void refresh() {
        var start = from.getValue() == null ? null : from.getValue().atStartOfDay(Formats.ZONE).toInstant();
        var end = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        filter = new AuditFilter(actor.getValue(), action.getValue(), text.getValue(), start, end);
        grid.getDataProvider().refreshAll();
    }
}
