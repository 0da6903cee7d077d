"""The data page (run by st.navigation from dashboard/app.py)."""
from dashboard import views

views.page_data(views.context())
