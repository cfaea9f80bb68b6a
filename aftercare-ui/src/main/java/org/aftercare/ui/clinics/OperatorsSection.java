package org.aftercare.ui.clinics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.aftercare.identity.PlatformOperator;
import org.aftercare.identity.PlatformOperatorService;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.PortalTranslations;

/**
 * The platform's operators, so that one can lift another's lockout (twenty failed sign-ins). When
 * none can sign in any more, {@code --unlock-operator=EMAIL} does it at the next start.
 */
class OperatorsSection extends VerticalLayout {

  private final PlatformOperatorService operators;
  private final Grid<PlatformOperator> grid = new Grid<>();

  OperatorsSection(PlatformOperatorService operators) {
    this.operators = operators;
    setPadding(false);
    grid.setId("operators");
    grid.setAllRowsVisible(true);
    grid.addColumn(PlatformOperator::getEmail)
        .setHeader(getTranslation("clinics.operators.column.operator"))
        .setAutoWidth(true);
    grid.addComponentColumn(OperatorsSection::statusBadge)
        .setHeader(getTranslation("clinics.operators.column.status"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::unlockAction).setHeader("").setAutoWidth(true);
    add(new H2(getTranslation("clinics.operators.platformOperators")), grid);
    refresh();
  }

  private static Badge statusBadge(PlatformOperator operator) {
    var badge =
        new Badge(PortalTranslations.text(operator.isLocked() ? "staff.locked" : "staff.active"));
    badge.addThemeVariants(operator.isLocked() ? BadgeVariant.ERROR : BadgeVariant.SUCCESS);
    return badge;
  }

  private Component unlockAction(PlatformOperator operator) {
    if (!operator.isLocked()) {
      return new Span();
    }
    var unlock =
        new Button(getTranslation("clinics.operators.unlock"), click -> confirmUnlock(operator));
    unlock.setId("unlock-operator-" + operator.getId());
    unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return unlock;
  }

  private void confirmUnlock(PlatformOperator operator) {
    Confirmation.of(
            getTranslation("clinics.operators.unlockDialog.title", operator.getEmail()),
            getTranslation("clinics.operators.unlockDialog.text"),
            getTranslation("clinics.operators.unlock"),
            () -> {
              operators.unlock(operator.getId());
              Notification.show(
                  getTranslation("staff.unlocked", operator.getEmail()),
                  3000,
                  Notification.Position.BOTTOM_START);
              refresh();
            })
        .open();
  }

  private void refresh() {
    grid.setItems(operators.all());
  }
}
