package dev.focal.backoffice.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The side-navigation group of a view that has a {@link com.vaadin.flow.router.Menu} entry. A menu view without
 * it stands in the top group, above the areas (Home, My account).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuArea {
    Area value();
}
