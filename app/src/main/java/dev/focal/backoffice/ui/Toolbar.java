package dev.focal.backoffice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The filter row above a grid: fields aligned on their baseline, the search field taking the spare width. */
public final class Toolbar {

    private Toolbar() {
    }

    public static HorizontalLayout of(Component search, Component... others) {
        var toolbar = new HorizontalLayout(search);
        toolbar.add(others);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(search);
        toolbar.addClassName("toolbar");
        return toolbar;
    }
}
