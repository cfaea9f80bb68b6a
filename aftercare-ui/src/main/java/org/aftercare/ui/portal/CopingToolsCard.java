package org.aftercare.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.aftercare.coping.CopingPlans;
import org.aftercare.coping.CopingTool;
import org.aftercare.coping.CopingTools;

/**
 * Between sessions: the client's coping plan, the HALT check, guided breathing and urge surfing,
 * and the client's own choice whether their clinician and mentor see how often they use them.
 */
class CopingToolsCard extends Div {

  CopingToolsCard(CopingPlans plans, CopingTools tools) {
    addClassName("aftercare-group-card");
    setId("coping-tools");
    add(new H2(getTranslation("coping.title")));
    var buttons =
        new Div(
            tool("coping.plan.open", "open-coping-plan", () -> new CopingPlanDialog(plans).open()),
            tool("coping.halt.open", "open-halt-check", () -> new HaltCheckDialog(tools).open()),
            tool(
                "coping.breathing.open",
                "open-breathing",
                () -> {
                  tools.recordUse(CopingTool.BREATHING);
                  GuidedExerciseDialog.breathing().start();
                }),
            tool(
                "coping.urge.open",
                "open-urge-surfing",
                () -> {
                  tools.recordUse(CopingTool.URGE_SURFING);
                  GuidedExerciseDialog.urgeSurfing().start();
                }));
    buttons.addClassName("aftercare-coping-buttons");
    add(buttons, sharingChoice(tools));
  }

  private Button tool(String labelKey, String id, Runnable open) {
    var button = new Button(getTranslation(labelKey), click -> open.run());
    button.setId(id);
    return button;
  }

  /** Off until the client turns it on; what they write or tap is never shown, only how often. */
  private Div sharingChoice(CopingTools tools) {
    var share = new Checkbox(getTranslation("coping.share"), tools.sharesUseCounts());
    share.setId("share-coping-counts");
    share.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            tools.shareUseCounts(change.getValue());
          }
        });
    var hint = new Paragraph(getTranslation("coping.share.hint"));
    hint.addClassName("aftercare-hint");
    return new Div(share, hint);
  }
}
