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
    add(new H2("Between sessions"));
    var buttons =
        new Div(
            tool("My coping plan", "open-coping-plan", () -> new CopingPlanDialog(plans).open()),
            tool("HALT check", "open-halt-check", () -> new HaltCheckDialog(tools).open()),
            tool(
                "Breathe with me",
                "open-breathing",
                () -> {
                  tools.recordUse(CopingTool.BREATHING);
                  GuidedExerciseDialog.breathing().start();
                }),
            tool(
                "Ride out an urge",
                "open-urge-surfing",
                () -> {
                  tools.recordUse(CopingTool.URGE_SURFING);
                  GuidedExerciseDialog.urgeSurfing().start();
                }));
    buttons.addClassName("aftercare-coping-buttons");
    add(buttons, sharingChoice(tools));
  }

  private static Button tool(String label, String id, Runnable open) {
    var button = new Button(label, click -> open.run());
    button.setId(id);
    return button;
  }

  /** Off until the client turns it on; what they write or tap is never shown, only how often. */
  private static Div sharingChoice(CopingTools tools) {
    var share =
        new Checkbox(
            "Let my clinician and mentor see how often I use these tools", tools.sharesUseCounts());
    share.setId("share-coping-counts");
    share.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            tools.shareUseCounts(change.getValue());
          }
        });
    var hint = new Paragraph("Only the number of uses per day. Your plan stays yours alone.");
    hint.addClassName("aftercare-hint");
    return new Div(share, hint);
  }
}
