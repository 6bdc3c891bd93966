/**
 * What every module needs and nothing more: problem responses, paging, input errors,
 * the database bootstrap and the platform settings. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package pl.koordynator.es.shared;
