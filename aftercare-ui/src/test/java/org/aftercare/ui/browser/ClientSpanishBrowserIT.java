package org.aftercare.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A client who reads Spanish first switches their portal to Spanish from the account menu of their
 * phone. Their home, today's check-in, the help shown after "Necesito apoyo ahora" (the clinic's
 * crisis contacts, 988 and 911) and the PHQ-9 and GAD-7 in their official Spanish are in Spanish,
 * and the AUDIT-C, which has none here, says so in Spanish above its English; the choice is kept
 * for them, so it is still Spanish after signing out and in again. A client of their own, so that
 * the demo client the other phone tests use stays in English. Before anyone signs in, the portal
 * speaks the browser's language. Staff choose the same way, or their admin chooses for them on the
 * invitation: a bilingual clinician's invitation mail and screens, from the navigation to the group
 * editor, a refusal of the core (a facilitator already leading another session then, with its date
 * in Spanish) and the library, read as a Spanish-speaking clinician would say them.
 */
class ClientSpanishBrowserIT extends PortalBrowserTest {

  private static final String PASSWORD = "un día a la vez, cada día";

  @Test
  void aClientReadsTheirPhoneInSpanishAndKeepsItAfterSigningInAgain() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String email = "lucia-" + run + "@example.org";
    var staffBrowser = browsers.open();
    var record =
        new LoginPage(staffBrowser, portal)
            .signIn("riverside", "clinician@riverside.example")
            .openClients()
            .add("Lucía " + run, "Lucía Ejemplo", email);
    staffBrowser.click(By.id("invite-client"));
    record.assignOnce("PHQ-9").assignOnce("GAD-7").assignOnce("AUDIT-C");
    var phone = browsers.openPhone(390, 844);
    new InvitationPage(phone, portal.linkMailedTo(email)).choosePassword(PASSWORD);
    var home = new LoginPage(phone, portal).signInWith("riverside", email, PASSWORD);
    assertThat(phone.find(By.id("need-support")).getText()).isEqualTo("I need support now");

    home.chooseLanguage("es");

    assertThat(phone.find(By.id("need-support")).getText()).isEqualTo("Necesito apoyo ahora");
    assertThat(phone.find(By.tagName("h1")).getText()).startsWith("Hola, ");
    assertThat(phone.find(By.cssSelector("#daily-check-in h2")).getText()).isEqualTo("Hoy");
    phone.screenshot("spanish-home-phone");
    var myHome = new MyGroupsPage(phone);
    myHome.submitCheckIn(3, 4, "No");
    phone.waitFor(
        By.xpath("//vaadin-notification-card[contains(., 'Registro guardado. Gracias.')]"));
    assertThat(myHome.streak()).isEqualTo("1");
    assertThat(phone.find(By.id("daily-check-in")).getText())
        .contains("días seguidos con registro", "Antojo o deseo de consumir");
    String help = myHome.needSupport();
    assertThat(help)
        .contains(
            "La ayuda va en camino",
            "Llame o envíe un mensaje de texto al 988",
            "Si está en peligro en este momento, llame al 911.",
            "Su plan para momentos difíciles")
        .doesNotContain("Help is on its way", "Close");
    assertThat(phone.find(By.id("crisis-contacts")).getText()).contains("555");
    phone.screenshot("spanish-support-dialog-phone");
    phone.click(By.xpath("//vaadin-dialog//vaadin-button[normalize-space()='Cerrar']"));

    var measures = new MeasuresPage(phone).start("phq_9");
    assertThat(phone.find(By.id("measure-form")).getText())
        .contains(
            "1. Poco interés o placer en hacer cosas",
            "Ningún día",
            "Más de la mitad de los días",
            "9. Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera")
        .doesNotContain("Not at all");
    phone.screenshot("spanish-phq9-phone");
    phone.click(By.id("measure-later"));
    measures.start("gad_7");
    assertThat(phone.find(By.id("measure-form")).getText())
        .contains(
            "1. Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta", "Varios días")
        .doesNotContain("Not at all");
    phone.click(By.id("measure-later"));
    measures.start("audit_c");
    assertThat(phone.find(By.id("measure-english-only")).getText())
        .isEqualTo("Este cuestionario solo está disponible en inglés.");
    assertThat(phone.find(By.id("measure-form")).getText())
        .contains("How often do you have a drink containing alcohol?", "Never");
    phone.click(By.id("measure-later"));

    home.signOut();
    new LoginPage(phone, portal).signInWith("riverside", email, PASSWORD);

    assertThat(phone.find(By.id("need-support")).getText()).isEqualTo("Necesito apoyo ahora");
    assertThat(phone.find(By.id("save-check-in")).getText())
        .isEqualTo("Actualizar el registro de hoy");
  }

  /**
   * A clinician of their own, invited by the demo clinic's admin, so that the demo clinician the
   * other tests sign in as keeps English. The admin invites her in Spanish: the mail is in Spanish
   * and her portal speaks Spanish from the first sign-in, without her choosing.
   */
  @Test
  void aClinicianInvitedInSpanishPlansAGroupAndOpensTheLibraryInSpanish() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String email = "marisol-" + run + "@riverside.example";
    var adminBrowser = browsers.open();
    new LoginPage(adminBrowser, portal).signIn("riverside", "admin@riverside.example");
    new StaffPage(adminBrowser, portal).invite(email, "Marisol " + run, "Clinician", "Español");
    assertThat(portal.mailTo(email))
        .startsWith("Invitación a ")
        .contains(
            "Hola, Marisol " + run, " le invitó", "Elija su contraseña de ", "vence en 72 horas")
        .doesNotContain("invited", "Choose your");
    var browser = browsers.open();
    new InvitationPage(browser, portal.linkMailedTo(email)).choosePassword(PASSWORD);
    var home = new LoginPage(browser, portal).signInWith("riverside", email, PASSWORD);

    browser.go(portal.url("/groups"));

    browser.waitFor(By.id("new-group"));
    assertThat(home.menu()).contains("Clientes", "Grupos", "Calendario").doesNotContain("Groups");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Grupos");
    assertThat(browser.find(By.id("new-group")).getText()).isEqualTo("Nuevo grupo");
    browser.click(By.id("new-group"));
    browser.waitFor(By.id("group-editor-title"));
    assertThat(browser.find(By.id("group-editor-title")).getText()).isEqualTo("Nuevo grupo");
    assertThat(browser.find(By.id("save-group")).getText()).isEqualTo("Guardar grupo");
    assertThat(browser.find(By.id("group-modality")).getAttribute("label"))
        .isEqualTo("Tipo de grupo");
    assertThat(browser.find(By.id("group-enrolment")).getText())
        .contains("Inscripción", "Abierta: pueden unirse en cualquier momento");
    assertThat(browser.find(By.id("schedule-repeat")).getText()).contains("Semanal");
    assertThat(browser.find(By.id("schedule-summary")).getText())
        .startsWith("Cada ")
        .contains("a las 18:00", "90 min, desde el ");
    browser.screenshot("spanish-group-editor");
    // Vaadin's calendar names its months and writes Today in English unless the portal says.
    var editor = new GroupEditorPage(browser, portal);
    assertThat(editor.firstDayCalendarWord("monthNames[0]")).isEqualTo("enero");
    assertThat(editor.firstDayCalendarWord("today")).isEqualTo("Hoy");
    editor.openFirstDayCalendar();
    browser.screenshot("spanish-date-picker");
    editor.closeFirstDayCalendar();

    new GroupEditorPage(browser, portal)
        .describe("Círculo " + run, 8, "Cámaras opcionales.", "Marisol " + run)
        .save();
    String refused =
        new GroupEditorPage(browser, portal)
            .describe("Otro círculo " + run, 8, "Cámaras opcionales.", "Marisol " + run)
            .saveRefused("group-facilitators");

    assertThat(refused)
        .startsWith("Un facilitador ya dirige otra sesión a esa hora: Círculo " + run + " el ")
        .containsPattern("el (lun|mar|mié|jue|vie|sáb|dom) \\d{1,2} de [a-zé]{3,4}\\.?, 18:00")
        .doesNotContain("already", " on ");
    browser.screenshot("spanish-facilitator-clash");

    browser.go(portal.url("/library"));

    browser.waitFor(By.id("add-resource"));
    assertThat(browser.driver.getTitle()).isEqualTo("Biblioteca · Aftercare");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Biblioteca");
    assertThat(browser.find(By.id("add-resource")).getText()).isEqualTo("Agregar recurso");
    browser.click(By.id("add-resource"));
    browser.waitFor(By.id("resource-kind"));
    assertThat(browser.find(By.id("resource-kind")).getAttribute("label")).isEqualTo("Tipo");
    assertThat(browser.find(By.id("resource-on-shelf")).getAttribute("label"))
        .isEqualTo("En la biblioteca para todos los clientes de la clínica");
    browser.click(By.id("resource-kind"));
    browser.click(By.xpath("//vaadin-select-item[normalize-space()='Documento (PDF)']"));
    browser.waitFor(By.id("resource-upload"));
    assertThat(browser.property(By.id("resource-upload"), "i18n.addFiles.one"))
        .isEqualTo("Subir archivo…");
    browser.screenshot("spanish-library-upload");
  }

  @Test
  void aPhoneThatAsksForSpanishGetsTheSignInPageInSpanish() {
    var phone = browsers.openPhone(390, 844, "es-US,es");

    phone.go(portal.url("/login?clinic=riverside"));

    phone.waitFor(By.cssSelector("html[lang='es']"));
    assertThat(phone.find(By.cssSelector(".aftercare-login-card")).getText())
        .contains("Inicie sesión en el portal de seguimiento de su clínica.", "Clínica");
    phone.screenshot("spanish-sign-in-phone");
  }
}
