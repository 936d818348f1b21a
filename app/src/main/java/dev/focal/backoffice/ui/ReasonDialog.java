package dev.focal.backoffice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for the reason of a rejection or cancellation before it happens; an empty reason is not accepted. */
public class ReasonDialog extends Dialog {

    public final TextArea reason = new TextArea("Reason");
    public final Button confirm;

    private ReasonDialog(String title, String question, String action, Consumer<String> onReason) {
        setHeaderTitle(title);
        setWidth("min(32rem, 95vw)");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setMinHeight("6rem");
        confirm = new Button(action, e -> {
            if (reason.getValue().isBlank()) {
                FieldErrors.invalid(reason, "Enter the reason.");
                return;
            }
            close();
            onReason.accept(reason.getValue().strip());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var text = new Paragraph(question);
        text.addClassName("hint");
        add(text, reason);
        getFooter().add(new Button("Back", e -> close()), confirm);
    }

    public static void ask(String title, String question, String action, Consumer<String> onReason) {
        var dialog = new ReasonDialog(title, question, action, onReason);
        dialog.open();
        dialog.reason.focus();
    }
}
