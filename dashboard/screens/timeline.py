"""The timeline page (run by st.navigation from dashboard/app.py)."""
from dashboard import views

views.page_timeline(views.context())
