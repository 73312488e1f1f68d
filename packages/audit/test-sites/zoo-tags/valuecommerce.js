// ValueCommerce-style affiliate pixel fired by script.
new Image(1, 1).src = 'https://ad.jp.ap.valuecommerce.com/servlet/gifbanner?sid=3000001&pid=880000001&ord=order-1'
