/**
 * The clinic's resource library on screen: staff add, edit, assign and retire resources and read
 * the worksheets clients sent; clients find what is for them and the shelf on their phone and fill
 * in worksheets; uploaded files are served by {@link org.aftercare.ui.library.ResourceFileServlet}.
 */
package org.aftercare.ui.library;
