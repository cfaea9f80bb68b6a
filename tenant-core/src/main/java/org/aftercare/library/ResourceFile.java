package org.aftercare.library;

/** An uploaded file as served: the name to save it as, its checked type and its bytes. */
public record ResourceFile(String fileName, String contentType, byte[] content) {}
