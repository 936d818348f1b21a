package dev.focal.backoffice.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page shell of the backoffice. The theme is plain CSS loaded with {@code @StyleSheet} because no frontend
 * bundle can be built here (docs/adr/0003).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/focal/styles.css")
@StyleSheet("themes/focal/warehouse.css")
@StyleSheet("themes/focal/stockops.css")
@StyleSheet("themes/focal/prescriptions.css")
@Meta(name = "robots", content = "noindex")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Focal backoffice");
    }
}
