package org.aftercare.ui.library;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.aftercare.access.Role;
import org.aftercare.library.ForYou;
import org.aftercare.library.Library;
import org.aftercare.library.ResourceKind;
import org.aftercare.library.ResourceSummary;
import org.aftercare.library.WorksheetState;

/**
 * The client's library on their phone: first what their care team gave them or their groups ("For
 * you", with how far they got with each worksheet), then the clinic's shelf, a page at a time.
 */
@CdiComponent
@Route("my-library")
@Menu(order = 0.5, title = "Library")
@RolesAllowed(Role.Names.CLIENT)
public class MyLibraryView extends VerticalLayout implements HasDynamicTitle {

  static final int SHELF_PAGE = 20;

  private final Library library;
  private final VerticalLayout shelf = new VerticalLayout();
  private final Button more = new Button();
  private int shown;

  @Inject
  public MyLibraryView(Library library) {
    this.library = library;
    addClassName("aftercare-page");
    add(new H1(getTranslation("library.title")), createForYou(), createShelf());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("library.pageTitle");
  }

  private Div createForYou() {
    var section = new Div();
    section.setId("for-you");
    section.add(new H2(getTranslation("library.forYou")));
    List<ForYou> given = library.forMe();
    if (given.isEmpty()) {
      section.add(hint("library.forYou.empty"));
    }
    given.forEach(item -> section.add(card(item.resource(), item.worksheet())));
    return section;
  }

  private Div createShelf() {
    var section = new Div();
    section.setId("library-shelf");
    shelf.setPadding(false);
    more.setText(getTranslation("library.shelf.more"));
    more.setId("library-more");
    more.addClickListener(click -> showMore());
    section.add(new H2(getTranslation("library.shelf")), shelf, more);
    showMore();
    if (shown == 0) {
      shelf.add(hint("library.shelf.empty"));
    }
    return section;
  }

  private void showMore() {
    List<ResourceSummary> page = library.shelf(shown, SHELF_PAGE);
    page.forEach(resource -> shelf.add(card(resource, null)));
    shown += page.size();
    more.setVisible(shown < library.shelfSize());
  }

  private Div card(ResourceSummary resource, WorksheetState worksheet) {
    var card = new Div();
    card.addClassName("aftercare-group-card");
    card.getElement().setAttribute("data-resource", resource.title());
    var kind = new Span(getTranslation("library.kind." + resource.kind().name()));
    kind.addClassName("aftercare-hint");
    card.add(kind, new H3(resource.title()));
    if (resource.author() != null) {
      card.add(new Paragraph(resource.author()));
    }
    if (resource.description() != null) {
      card.add(new Paragraph(resource.description()));
    }
    if (resource.kind() == ResourceKind.WORKSHEET) {
      card.add(worksheetButton(resource, worksheet));
    } else {
      if (resource.hasFile()) {
        var download =
            new Anchor(
                ResourceFileServlet.addressOf(resource.id()), getTranslation("library.download"));
        download.getElement().setAttribute("download", true);
        card.add(download);
      }
      if (resource.link() != null) {
        var open = new Anchor(resource.link(), getTranslation("library.open"), AnchorTarget.BLANK);
        open.getElement().setAttribute("rel", "noopener noreferrer");
        card.add(open);
      }
    }
    return card;
  }

  private Button worksheetButton(ResourceSummary resource, WorksheetState state) {
    String key =
        switch (state == null ? WorksheetState.NOT_STARTED : state) {
          case NOT_STARTED -> "library.worksheet.start";
          case DRAFT -> "library.worksheet.continue";
          case SUBMITTED -> "library.worksheet.sent";
        };
    var button =
        new Button(
            getTranslation(key),
            click ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.navigate(
                                WorksheetView.class, WorksheetView.RESOURCE_ID.of(resource.id()))));
    button.addClassName("aftercare-open-worksheet");
    return button;
  }

  private Paragraph hint(String key) {
    var hint = new Paragraph(getTranslation(key));
    hint.addClassName("aftercare-hint");
    return hint;
  }
}
