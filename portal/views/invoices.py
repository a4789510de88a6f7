"""A client's invoices for what they paid at enrolment, to view and print.

Only the client who accepted the enrolment's invitation sees them; money is between the
client and the practice, so coaches have no page here. Another person's invoice number
answers 404, like any portal row that is not yours.
"""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from .. import access
from ..guards import client_required

PER_PAGE = 20


@client_required
def invoice_list(request):
    invoices = access.invoices_for(request.user)
    page = Paginator(invoices, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "portal/invoices/list.html", {"page_obj": page})


@client_required
def invoice_detail(request, number):
    invoice = get_object_or_404(access.invoices_for(request.user), number=number)
    return render(request, "portal/invoices/detail.html", {"invoice": invoice})
