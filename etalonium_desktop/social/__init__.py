"""The social network in the app: feeds ranked locally from verified posts, posts and comments, reputation,
badges and the DAO.

Widget-free modules (importable without a display; their sentences come translated through QtCore):
`ranking`, `reputation`, `discovery`, `service`. The screens:
`feed_page.FeedPage`, `dao_page.DaoPage`, `post_dialog.PostDialog`, `compose_dialog.ComposeDialog`,
`profile_view.ActorProfileView`, and `screens.render_screens` for the screenshot command.
"""
