using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// A Razor page asked with a method it has no handler for (PUT, DELETE, PATCH...) would render
/// without its model being built. Such requests get a 405 instead, and the error page explains.
/// </summary>
public sealed class UnhandledMethodFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && context.HandlerInstance is not Features.Errors.StatusModel)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
