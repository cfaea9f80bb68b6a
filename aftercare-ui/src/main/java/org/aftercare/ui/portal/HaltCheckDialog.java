package org.aftercare.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.aftercare.coping.CopingTools;
import org.aftercare.coping.HaltNeed;

/**
 * HALT: the client taps what applies right now — hungry, angry, lonely, tired — and gets small
 * things to do about each. Only the fact that a check was made is counted, never the answers.
 */
class HaltCheckDialog extends Dialog {

  HaltCheckDialog(CopingTools tools) {
    super("HALT check");
    setId("halt-check-dialog");
    setWidth("min(100vw, 30rem)");
    var needs = new CheckboxGroup<HaltNeed>("Right now I am…");
    needs.setId("halt-needs");
    needs.setItems(HaltNeed.values());
    needs.setItemLabelGenerator(HaltNeed::label);
    needs.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    var suggestions = new Div();
    suggestions.setId("halt-suggestions");
    var show =
        new Button(
            "What can I do?",
            click -> {
              var list = new UnorderedList();
              tools.haltCheck(needs.getValue()).forEach(tip -> list.add(new ListItem(tip)));
              suggestions.removeAll();
              suggestions.add(list);
            });
    show.setId("halt-suggest");
    show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new Paragraph("Cravings grow when a basic need goes unmet. Tap what applies."),
        new Div(needs),
        new Div(show),
        suggestions);
    getFooter().add(new Button("Close", click -> close()));
  }
}
