package org.aftercare.library;

/** What a resource of the library is; the kind says which of its parts it has. */
public enum ResourceKind {
  ARTICLE("Article"),
  DOCUMENT("Document (PDF)"),
  AUDIO("Audio"),
  BOOK("Book"),
  WORKSHEET("Worksheet");

  private final String label;

  ResourceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Kinds whose content may be a file uploaded to the clinic rather than a link. */
  public boolean takesUpload() {
    return this == DOCUMENT || this == AUDIO;
  }
}
