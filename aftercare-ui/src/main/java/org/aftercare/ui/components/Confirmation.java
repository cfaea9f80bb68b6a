package org.aftercare.ui.components;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The portal's question before an action: the action's own words on the confirm button and Cancel
 * beside it in the reader's language (Vaadin's dialog writes "Cancel" in English unless told).
 * Returned unopened, for a field or an id to be added first.
 */
public final class Confirmation {

  private Confirmation() {}

  public static ConfirmDialog of(String title, String text, String confirm, Runnable action) {
    var dialog = new ConfirmDialog(title, text, confirm, event -> action.run());
    dialog.setCancelable(true);
    dialog.setCancelText(PortalTranslations.in(PortalTranslations.current(), "common.cancel"));
    return dialog;
  }

  /** For what cannot be undone (remove, retire, revoke, deactivate): the confirm button red. */
  public static ConfirmDialog destructive(
      String title, String text, String confirm, Runnable action) {
    var dialog = of(title, text, confirm, action);
    dialog.setConfirmButtonTheme("error primary");
    return dialog;
  }
}
