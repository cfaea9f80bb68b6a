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
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.aftercare.coping.CopingTools;
import org.aftercare.coping.HaltNeed;

/**
 * HALT: the client taps what applies right now — hungry, angry, lonely, tired — and gets small
 * things to do about each. Only the fact that a check was made is counted, never the answers.
 */
class HaltCheckDialog extends Dialog {

  HaltCheckDialog(CopingTools tools) {
    setHeaderTitle(getTranslation("coping.halt.title"));
    setId("halt-check-dialog");
    setWidth("min(100vw, 30rem)");
    var needs = new CheckboxGroup<HaltNeed>(getTranslation("coping.halt.needs"));
    needs.setId("halt-needs");
    needs.setItems(HaltNeed.values());
    needs.setItemLabelGenerator(need -> getTranslation("coping.halt." + need.name()));
    needs.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    var suggestions = new Div();
    suggestions.setId("halt-suggestions");
    var show =
        new Button(
            getTranslation("coping.halt.suggest"),
            click -> {
              var list = new UnorderedList();
              tools.haltCheck(needs.getValue());
              suggestionsFor(needs.getValue()).forEach(tip -> list.add(new ListItem(tip)));
              suggestions.removeAll();
              suggestions.add(list);
            });
    show.setId("halt-suggest");
    show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new Paragraph(getTranslation("coping.halt.intro")),
        new Div(needs),
        new Div(show),
        suggestions);
    getFooter().add(new Button(getTranslation("common.close"), click -> close()));
  }

  /**
   * The core's suggestions ({@link HaltNeed#suggestions()}) in the reader's language: each need's
   * n-th suggestion is {@code coping.halt.<NEED>.<n>} in the bundles.
   */
  private List<String> suggestionsFor(Set<HaltNeed> needs) {
    if (needs.isEmpty()) {
      return List.of(getTranslation("coping.halt.none"));
    }
    return needs.stream()
        .sorted()
        .flatMap(
            need ->
                IntStream.rangeClosed(1, need.suggestions().size())
                    .mapToObj(n -> getTranslation("coping.halt." + need.name() + "." + n)))
        .toList();
  }
}
