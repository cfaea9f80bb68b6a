package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Between sessions on a phone: the demo client sees their next milestone, writes a coping plan (a
 * wrong phone number is refused at its field), finds the plan in the "I need support now" dialog
 * with the people to call as phone links, does a HALT check and starts guided breathing, which
 * moves on to its next step by itself. Once the client lets them, their mentor sees how often the
 * tools were used (never the plan) and the milestone of the day. Between sessions, too: the
 * clinician gives the client a link and a worksheet from the library, the client finds them under
 * "For you", fills in the worksheet and sends it, and the clinician reads the answers. The demo's
 * leaflet given to the client downloads for them as an attachment of its checked type, and is "not
 * found" to someone signed in nowhere and to another clinic's clinician.
 */
class CopingToolsBrowserIT extends PortalBrowserTest {

  /** The demo client, client@riverside.example, one of the demo mentor's mentees. */
  private static final String CLIENT = "Alex R.";

  /** The PDF the demo's clinic gave its demo client. */
  private static final String DEMO_LEAFLET = "Warning signs of relapse";

  @Test
  void clientWritesACopingPlanAndFindsItWhenAskingForSupport() {
    var phone = browsers.openPhone(390, 844);
    new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    var tools = new CopingToolsPage(phone);

    // The demo client started recovery 30 days before the demo was seeded.
    assertThat(tools.nextMilestone()).contains("30 days");
    phone.screenshot("coping-home-phone");
    tools.showTools();
    phone.screenshot("coping-tools-phone");

    tools
        .openPlan()
        .write("triggers", "Payday; walking past the bar on Main Street")
        .write("helps", "A walk by the river. Calling my sister.")
        .write("reasons", "Being there for my daughter")
        .personToCall(0, "Sam (sponsor)", "call me");
    tools.savePlan();
    assertThat(tools.errorAt("coping-person-phone-0")).contains("phone number");
    phone.screenshot("coping-plan-refused-phone");
    tools.personToCall(0, "Sam (sponsor)", "+1 312 555 0100");
    tools.savePlan();
    tools.waitUntilSaved();

    String plan = tools.planInSupportDialog();
    assertThat(plan)
        .contains("A walk by the river. Calling my sister.")
        .contains("Sam (sponsor)")
        .contains("Being there for my daughter");
    assertThat(tools.firstNumberToCall()).isEqualTo("tel:+13125550100");
    phone.screenshot("coping-plan-in-support-dialog-phone");
    tools.closeDialog();

    assertThat(tools.haltCheck("Lonely", "Tired"))
        .contains("Call or text someone from your coping plan.")
        .contains("Rest")
        .doesNotContain("Eat something");
    phone.screenshot("halt-check-phone");
    tools.closeDialog();

    assertThat(tools.startBreathing()).contains("Breathe in");
    phone.screenshot("breathing-phone");
    tools.waitForStep("Hold");
    tools.stopExercise();
    tools.shareUseCounts();

    var mentor = staffBrowser("mentor@riverside.example");
    mentor.go(portal.url("/mentees"));
    assertThat(mentor.find(By.id("upcoming-milestones")).getText())
        .contains(CLIENT + ": 30 days today");
    assertThat(
            mentor
                .find(By.cssSelector(".aftercare-group-card[data-client='" + CLIENT + "']"))
                .getText())
        .contains("HALT check")
        .contains("Guided breathing")
        .doesNotContain("Sam (sponsor)");
    mentor.screenshot("mentor-sees-milestone-and-counts");
  }

  @Test
  void clinicianGivesAWorksheetTheClientSendsItAndTheClinicianReadsTheAnswers() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String link = "Grounding in five senses " + suffix;
    String sheet = "After a hard evening " + suffix;
    var clinician = staffBrowser("clinician@riverside.example");
    var library = new LibraryPage(clinician, portal);
    library.addLink(link, "https://example.org/grounding");
    library.addWorksheet(sheet, "What happened");
    library.assignToClient(link, CLIENT);
    library.assignToClient(sheet, CLIENT);
    clinician.screenshot("library-assigned");

    var phone = browsers.openPhone(390, 844);
    new LoginPage(phone, portal).signIn("riverside", "client@riverside.example");
    var mine = new MyLibraryPage(phone, portal);
    assertThat(mine.forYou(link)).contains("Open");
    assertThat(mine.forYou(sheet)).contains("Fill in");
    phone.screenshot("library-for-you-phone");
    assertDemoLeafletReachesOnlyItsClient(phone, mine.downloadAddress(DEMO_LEAFLET));
    assertThat(mine.fillInAndSend(sheet, "Payday, and I walked past the bar"))
        .contains("You sent this worksheet");
    phone.screenshot("worksheet-sent-phone");

    // Signed in again: the tests' staff sessions idle out after 30 seconds.
    var reader = staffBrowser("clinician@riverside.example");
    assertThat(new LibraryPage(reader, portal).answersTo(sheet))
        .contains(CLIENT)
        .contains("What happened")
        .contains("Payday, and I walked past the bar");
    reader.screenshot("worksheet-answers");
  }

  private void assertDemoLeafletReachesOnlyItsClient(Browser client, String address) {
    var download = client.fetch(address);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    assertThat(Browser.fetchAnonymously(address).statusCode()).isEqualTo(404);
    var harbor = browsers.open();
    new LoginPage(harbor, portal).signIn("harbor-light", "clinician@harborlight.example");
    assertThat(harbor.fetch(address).statusCode()).as("another clinic's clinician").isEqualTo(404);
  }
}
