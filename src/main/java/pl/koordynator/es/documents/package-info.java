/** Generated documents: XHTML to PDF with an embedded Polish font. */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {"shared"})
package pl.koordynator.es.documents;
