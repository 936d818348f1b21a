package dev.focal.backoffice.admin;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.shared.Roles;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.notifications.MessageFilter;
import dev.focal.notifications.MessageLog;
import dev.focal.notifications.MessageStatus;
import dev.focal.notifications.MessageView;

/** Admins read every e-mail Focal sent or, without SMTP, only logged. */
@Route(value = "messages", layout = MainLayout.class)
@PageTitle("Message log")
@Menu(title = "Message log", order = 4, icon = "vaadin:envelopes")
@MenuArea(Area.ADMIN)
@AllowedFor(Roles.ADMINS_ONLY)
class MessageLogView extends VerticalLayout {

    final Grid<MessageView> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<MessageStatus> status = new ComboBox<>();
    private MessageFilter filter = MessageFilter.all();

    MessageLogView(MessageLog messages) {
        search.setPlaceholder("Recipient or subject");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setPlaceholder("Any status");
        status.setItems(MessageStatus.values());
        status.setItemLabelGenerator(MessageStatus::label);
        status.setClearButtonVisible(true);

        grid.addColumn(m -> Formats.dateTimeSeconds(m.createdAt())).setHeader("Created").setSortProperty("createdAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MessageView::recipient).setHeader("To").setSortProperty("recipient").setAutoWidth(true);
        grid.addColumn(MessageView::subject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(MessageView::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(m -> m.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(m -> Formats.dateTimeSeconds(m.processedAt())).setHeader("Processed").setAutoWidth(true);
        grid.setItemsPageable(pageable -> messages.find(filter, pageable).getContent());
        grid.addItemClickListener(e -> show(e.getItem()));

        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        var toolbar = Toolbar.of(search, status);
        setSizeFull();
        add(toolbar, grid);
    }

    void refresh() {
        filter = new MessageFilter(search.getValue(), status.getValue());
        grid.getDataProvider().refreshAll();
    }

    private static void show(MessageView message) {
        var dialog = new Dialog(message.subject());
        dialog.setWidth("min(48rem, 95vw)");
        var body = new Pre(message.bodyText());
        body.addClassName("message-body");
        dialog.add(new Paragraph("To " + message.recipient() + " · " + message.status().label()
                + (message.attachmentName() == null ? ""
                        : " · attached: " + message.attachmentName() + " (" + Math.max(1, message.attachmentBytes() / 1024) + " KB)")
                + (message.lastError() == null ? "" : " · last error: " + message.lastError())), body);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
